package dev.l2mac.tools;

import java.util.Objects;

/** A tool call's arguments did not have the shape the tool's schema asks for; the message says how to fix them. */
final class ArgumentException extends Exception {
    ArgumentException(String message) {
        super(message);
    }

    /** Never null: every one is made with a message that says what to do. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
