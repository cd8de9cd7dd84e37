package dev.l2mac.tools;

/** A tool call's arguments did not have the shape the tool's schema asks for; the message says how to fix them. */
final class ArgumentException extends Exception {
    ArgumentException(String message) {
        super(message);
    }
}
