package dev.l2mac.cli.invocation;

import dev.l2mac.config.ConfigException;
import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.Network;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxUnavailableException;
import dev.l2mac.process.sandbox.Sandboxes;
import java.io.PrintStream;

/**
 * Picks the runners for generated code in the commands: the sandbox found here, with its warning shown once, and the
 * one with the network open for installing packages.
 */
public final class SandboxChoice {
    private SandboxChoice() {}

    /**
     * The runner for installing packages the evaluation needs itself (such as Jest): the same sandbox, within the
     * dependency installer's limits, with the network open; its warning was shown with {@link #runner}.
     */
    public static ProcessRunner installer(boolean requireSandbox) {
        try {
            return Sandboxes.runner(
                    Sandboxes.detected(), DependencyInstaller.SANDBOX_LIMITS, requireSandbox, Network.OPEN);
        } catch (SandboxUnavailableException e) {
            throw unavailable(e);
        }
    }

    public static ProcessRunner runner(boolean requireSandbox, PrintStream err) {
        Sandbox sandbox = Sandboxes.detected();
        try {
            ProcessRunner runner = Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, requireSandbox);
            Sandboxes.warning(sandbox).ifPresent(err::println);
            return runner;
        } catch (SandboxUnavailableException e) {
            throw unavailable(e);
        }
    }

    private static ConfigException unavailable(SandboxUnavailableException none) {
        return new ConfigException(none.getMessage(), "install bubblewrap, or leave out --require-sandbox");
    }
}
