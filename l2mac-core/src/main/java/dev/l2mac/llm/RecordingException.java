package dev.l2mac.llm;

/** A recorded response log that cannot be read or is not in the expected format; the message says where. */
public final class RecordingException extends Exception {
    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
