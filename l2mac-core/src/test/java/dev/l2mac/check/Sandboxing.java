package dev.l2mac.check;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The sandbox of this machine, detected once, and assumptions that skip tests it cannot support, saying why. */
final class Sandboxing {

    static final Sandbox DETECTED = Sandboxes.detect();

    private Sandboxing() {
    }

    static Sandbox.Bubblewrap assumeBubblewrap() {
        assumeTrue(DETECTED instanceof Sandbox.Bubblewrap,
                "no bubblewrap sandbox on this machine, so this hostile program is not run (" + DETECTED.describe()
                        + ")");
        return (Sandbox.Bubblewrap) DETECTED;
    }

    /** For programs that would hurt the machine unless their process count is bounded, such as a fork bomb. */
    static Sandbox.Bubblewrap assumeBoundedProcesses() {
        Sandbox.Bubblewrap sandbox = assumeBubblewrap();
        assumeTrue(sandbox.boundsProcesses(), "the sandbox here does not bound the process count, so running this"
                + " program could exhaust the machine's processes; skipped (" + sandbox.describe() + ")");
        return sandbox;
    }

    /** A runner hiding {@code homes}, with {@code searchPath} deciding which tools there stay visible. */
    static SandboxedProcessRunner runner(Sandbox.Bubblewrap sandbox, SandboxLimits limits, List<Path> homes,
                                         String searchPath) {
        return new SandboxedProcessRunner(sandbox, limits, new HomeShield(homes, searchPath));
    }
}
