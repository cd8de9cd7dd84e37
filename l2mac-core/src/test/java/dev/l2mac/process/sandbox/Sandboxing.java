package dev.l2mac.process.sandbox;

import dev.l2mac.testing.Requirements;
import java.nio.file.Path;
import java.util.List;

/** The sandbox of this machine, detected once, and the needs of tests that must run inside it. */
public final class Sandboxing {

    public static final Sandbox DETECTED = Sandboxes.detect();

    private Sandboxing() {}

    public static Sandbox.Bubblewrap requireBubblewrap() {
        Requirements.require(
                DETECTED instanceof Sandbox.Bubblewrap,
                () -> "a bubblewrap sandbox, so this program" + " is not run (" + DETECTED.describe()
                        + "); apt-get install bubblewrap");
        return (Sandbox.Bubblewrap) DETECTED;
    }

    /** For programs that would hurt the machine unless their process count is bounded, such as a fork bomb. */
    static Sandbox.Bubblewrap requireBoundedProcesses() {
        Sandbox.Bubblewrap sandbox = requireBubblewrap();
        Requirements.require(
                sandbox.boundsProcesses(),
                () -> "a sandbox that bounds the process count, so this"
                        + " program, which could exhaust the machine's processes, is not run (" + sandbox.describe()
                        + ")");
        return sandbox;
    }

    /** A runner hiding {@code homes}, with {@code searchPath} deciding which tools there stay visible. */
    public static SandboxedProcessRunner runner(
            Sandbox.Bubblewrap sandbox, SandboxLimits limits, List<Path> homes, String searchPath) {
        return new SandboxedProcessRunner(sandbox, limits, new HomeShield(homes, searchPath));
    }
}
