package dev.l2mac.stack;

/** A user's stack folder that cannot be read as a stack; the message names the file and what is wrong. */
public final class StackFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    StackFileException(String message) {
        super(message);
    }
}
