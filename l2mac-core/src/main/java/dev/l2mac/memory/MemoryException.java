package dev.l2mac.memory;

import java.util.Objects;

/** A refused memory access, with a message the model can act on (what was wrong and what to do instead). */
public sealed class MemoryException extends Exception permits FileTooLargeException {
    public MemoryException(String message) {
        super(message);
    }

    public MemoryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Never null: every one is made with a message that says what to do. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
