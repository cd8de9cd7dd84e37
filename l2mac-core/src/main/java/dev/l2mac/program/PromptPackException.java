package dev.l2mac.program;

/** A prompt pack could not be built: an unknown domain, or a user pack file that is missing or wrong. */
public final class PromptPackException extends Exception {

    public PromptPackException(String message) {
        super(message);
    }

    public PromptPackException(String message, Throwable cause) {
        super(message, cause);
    }
}
