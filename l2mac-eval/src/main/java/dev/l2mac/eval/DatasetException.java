package dev.l2mac.eval;

/** A data file that cannot be read as the benchmark it was given for; the message names the file and line. */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
