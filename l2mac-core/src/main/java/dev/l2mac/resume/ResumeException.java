package dev.l2mac.resume;

/** A run cannot be resumed; the message says why and what to do instead. */
public final class ResumeException extends RuntimeException {
    public ResumeException(String message) {
        super(message);
    }

    public ResumeException(String message, Throwable cause) {
        super(message, cause);
    }
}
