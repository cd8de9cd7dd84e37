package dev.l2mac.history;

/** The workspace's git history could not be read or written; the message says why and what to do. */
public final class HistoryException extends RuntimeException {
    public HistoryException(String message) {
        super(message);
    }

    HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
