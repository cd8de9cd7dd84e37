package dev.l2mac.process.sandbox;

/** A sandbox was required for generated code and this machine has none; the message says why and what to do. */
public final class SandboxUnavailableException extends RuntimeException {

    private final transient Sandbox.None sandbox;

    public SandboxUnavailableException(Sandbox.None sandbox) {
        super("A sandbox is required (--require-sandbox), but generated code cannot be sandboxed here. "
                + sandbox.reason() + " Or run without --require-sandbox to accept running it unsandboxed.");
        this.sandbox = sandbox;
    }

    public Sandbox.None sandbox() {
        return sandbox;
    }
}
