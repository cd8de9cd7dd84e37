package dev.l2mac.process.sandbox;

import dev.l2mac.process.Directories;
import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the sandbox this machine can give generated code, and the process runner that goes with it. Detection
 * starts a trial sandbox, so a bubblewrap that is installed but cannot work here (user namespaces disabled) is
 * reported as no sandbox, with the reason and what to do.
 */
public final class Sandboxes {

    /** A trial sandbox that runs {@code true} finishes in milliseconds; this only bounds a stuck one. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private static final int PROBE_OUTPUT_CHARS = 2_000;
    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private Sandboxes() {}

    /** What {@link #detect()} found the first time it was asked in this process; the machine does not change. */
    public static Sandbox detected() {
        return Detected.SANDBOX;
    }

    private static final class Detected {
        static final Sandbox SANDBOX = detect();
    }

    /** The best sandbox available here, found by trying it; {@link Sandbox.None} says why there is none. */
    public static Sandbox detect() {
        String os = System.getProperty("os.name", "");
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            return new Sandbox.None("Sandboxing needs Linux with bubblewrap, and this is " + os + ".");
        }
        String path = LocalProcessRunner.searchPath();
        Optional<String> bwrap = Executables.resolve("bwrap", path, Path.of("/"));
        if (bwrap.isEmpty()) {
            return new Sandbox.None("bubblewrap (bwrap) is not installed; install it (apt-get install bubblewrap,"
                    + " dnf install bubblewrap or pacman -S bubblewrap) to isolate generated code.");
        }
        Optional<String> prlimit = Executables.resolve("prlimit", path, Path.of("/"));
        if (prlimit.isEmpty()) {
            return new Sandbox.None("prlimit is not installed; install util-linux to limit generated code's"
                    + " memory, processes and file sizes.");
        }
        Sandbox.Bubblewrap candidate =
                new Sandbox.Bubblewrap(Path.of(bwrap.get()), Path.of(prlimit.get()), processCap());
        return probe(candidate);
    }

    /**
     * The runner for {@code sandbox}: sandboxed when there is one, otherwise a {@link LocalProcessRunner}, unless
     * {@code requireSandbox} is set, which makes a missing sandbox an error.
     *
     * @throws SandboxUnavailableException when a sandbox is required and there is none
     */
    public static ProcessRunner runner(Sandbox sandbox, SandboxLimits limits, boolean requireSandbox) {
        return runner(sandbox, limits, requireSandbox, Network.ISOLATED);
    }

    /**
     * Like {@link #runner(Sandbox, SandboxLimits, boolean)}, with the network as {@code network} says; a runner
     * without a sandbox always has the network.
     *
     * @throws SandboxUnavailableException when a sandbox is required and there is none
     */
    public static ProcessRunner runner(Sandbox sandbox, SandboxLimits limits, boolean requireSandbox, Network network) {
        return switch (sandbox) {
            case Sandbox.Bubblewrap bubblewrap -> new SandboxedProcessRunner(bubblewrap, limits, network);
            case Sandbox.None none -> {
                if (requireSandbox) {
                    throw new SandboxUnavailableException(none);
                }
                yield new LocalProcessRunner();
            }
        };
    }

    /**
     * The message to show once, prominently, before a run executes generated code: empty when a sandbox bounds
     * it fully.
     */
    public static Optional<String> warning(Sandbox sandbox) {
        return switch (sandbox) {
            case Sandbox.None none ->
                Optional.of("WARNING: generated code will run WITHOUT a sandbox, with your"
                        + " files, your network and your rights. " + none.reason()
                        + " Use --require-sandbox to refuse to run without one.");
            case Sandbox.Bubblewrap bubblewrap ->
                switch (bubblewrap.processCap()) {
                    case Sandbox.ProcessCap.Unbounded unbounded ->
                        Optional.of("WARNING: generated code runs in a"
                                + " sandbox, but the number of processes it may start is not bounded: "
                                + unbounded.reason() + ". A fork bomb is stopped only by the check timeout.");
                    case Sandbox.ProcessCap.Cgroup cgroup -> Optional.empty();
                    case Sandbox.ProcessCap.Rlimit rlimit -> Optional.empty();
                };
        };
    }

    private static Sandbox probe(Sandbox.Bubblewrap candidate) {
        Path directory;
        try {
            directory = Directories.createTemporary("sandbox-probe");
        } catch (IOException e) {
            return new Sandbox.None("No sandbox could be tried: no temporary directory (" + e.getMessage() + ").");
        }
        try {
            ProcessRunner.ProcessResult result = new SandboxedProcessRunner(candidate, SandboxLimits.DEFAULTS)
                    .run(List.of("true"), directory, Map.of(), PROBE_TIMEOUT, PROBE_OUTPUT_CHARS);
            if (result.succeeded()) {
                return candidate;
            }
            return new Sandbox.None("bubblewrap is installed but could not start a sandbox here: "
                    + result.output().strip() + ". Usually unprivileged user namespaces are disabled; enable them"
                    + " (sysctl kernel.unprivileged_userns_clone=1, or on Ubuntu 24.04 and later an AppArmor"
                    + " profile for bwrap or kernel.apparmor_restrict_unprivileged_userns=0).");
        } finally {
            try {
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                // An empty leftover temporary directory is harmless.
            }
        }
    }

    private static Sandbox.ProcessCap processCap() {
        if (!runningAsRoot()) {
            return new Sandbox.ProcessCap.Rlimit();
        }
        return PidsCgroup.detect()
                .<Sandbox.ProcessCap>map(Sandbox.ProcessCap.Cgroup::new)
                .orElseGet(() -> new Sandbox.ProcessCap.Unbounded("running as root, to which the kernel does"
                        + " not apply RLIMIT_NPROC, and no writable pids cgroup was found"));
    }

    /** True when the real user id is 0; read from {@code /proc} because Java has no portable way to ask. */
    static boolean runningAsRoot() {
        try {
            return Files.readAllLines(PROC_STATUS, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .findFirst()
                    .map(line -> line.substring("Uid:".length())
                            .strip()
                            .split("\\s+")[0]
                            .equals("0"))
                    .orElse(false);
        } catch (IOException e) {
            return false;
        }
    }
}
