package dev.l2mac.eval.devbench;

/** A task folder that cannot be used as a DevBench task; the message names the file or field and why. */
public final class DevBenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DevBenchException(String message) {
        super(message);
    }
}
