package dev.l2mac.process.sandbox;

import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessGroups;
import dev.l2mac.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs each command inside a bubblewrap sandbox under kernel resource limits: no network (unless built with
 * {@link Network#OPEN}, for installing dependencies), the system read-only,
 * the user's homes hidden (so keys such as {@code ~/.l2mac/config.yaml} cannot be read), a private {@code /tmp},
 * and only the working directory writable; with the same minimal environment, capped output and whole-tree
 * timeout as {@link LocalProcessRunner}.
 */
public final class SandboxedProcessRunner implements ProcessRunner {

    private final LocalProcessRunner local;

    /** A runner for a sandbox found by {@link Sandboxes#detect()}, within {@code limits}. */
    public SandboxedProcessRunner(Sandbox.Bubblewrap sandbox, SandboxLimits limits) {
        this(sandbox, limits, Network.ISOLATED);
    }

    /** A runner for {@code sandbox} within {@code limits} whose commands reach the network as {@code network} says. */
    public SandboxedProcessRunner(Sandbox.Bubblewrap sandbox, SandboxLimits limits, Network network) {
        this(sandbox, limits, HomeShield.ofCurrentUser(LocalProcessRunner.searchPath()), network);
    }

    SandboxedProcessRunner(Sandbox.Bubblewrap sandbox, SandboxLimits limits, HomeShield shield) {
        this(sandbox, limits, shield, Network.ISOLATED);
    }

    SandboxedProcessRunner(Sandbox.Bubblewrap sandbox, SandboxLimits limits, HomeShield shield, Network network) {
        this.local = new LocalProcessRunner(
                ProcessGroups.detect(), new BubblewrapConfinement(sandbox, limits, shield, network));
    }

    @Override
    public ProcessResult run(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars) {
        return local.run(command, directory, environment, timeout, maxOutputChars, Access.NONE);
    }

    @Override
    public ProcessResult run(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars,
            Access access) {
        return local.run(command, directory, environment, timeout, maxOutputChars, access);
    }

    @Override
    public java.util.Optional<Worker> startWorker(
            List<String> command, Path directory, Map<String, String> environment, Access access) {
        return local.startWorker(command, directory, environment, access);
    }
}
