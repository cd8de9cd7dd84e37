package dev.l2mac.eval.polyglot;

/** The benchmark's data or plan cannot be used: the message names the folder, file or name and what to do. */
public final class PolyglotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolyglotException(String message) {
        super(message);
    }
}
