package dev.l2mac.cli.invocation;

import dev.l2mac.config.ConfigException;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxUnavailableException;
import dev.l2mac.process.sandbox.Sandboxes;
import java.io.PrintStream;

/** Picks the runner for generated code in the evaluations: the sandbox found here, with its warning shown once. */
public final class SandboxChoice {
    private SandboxChoice() {}

    public static ProcessRunner runner(boolean requireSandbox, PrintStream err) {
        Sandbox sandbox = Sandboxes.detected();
        try {
            ProcessRunner runner = Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, requireSandbox);
            Sandboxes.warning(sandbox).ifPresent(err::println);
            return runner;
        } catch (SandboxUnavailableException e) {
            throw new ConfigException(e.getMessage(), "install bubblewrap, or leave out --require-sandbox");
        }
    }
}
