package dev.l2mac.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Finds live processes by a marker on their command line or by their working directory, for kill assertions. */
public final class Processes {

    /** How long a killed process may take to disappear from the process table. */
    public static final Duration KILL_GRACE = Duration.ofSeconds(5);

    private Processes() {}

    /** A number no other process will have on its command line, usable as {@code sleep}'s argument. */
    public static String uniqueSleepSeconds() {
        return String.valueOf(900_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 99_999));
    }

    public static List<ProcessHandle> withArgument(String marker) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .arguments()
                        .map(args -> List.of(args).contains(marker))
                        .orElse(false))
                .toList();
    }

    /** Live processes whose current directory is {@code directory} (Linux only; empty elsewhere). */
    static List<ProcessHandle> runningIn(Path directory) throws IOException {
        Path real = directory.toRealPath();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> {
                    try {
                        return Files.readSymbolicLink(Path.of("/proc", String.valueOf(process.pid()), "cwd"))
                                .equals(real);
                    } catch (IOException | UnsupportedOperationException | SecurityException e) {
                        return false;
                    }
                })
                .toList();
    }

    /**
     * Waits until no live process runs in {@code directory}; returns those still alive after the grace period (a
     * killed process can linger for a moment on a loaded machine before the kernel has reaped it).
     */
    public static List<ProcessHandle> awaitNoneIn(Path directory) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + KILL_GRACE.toNanos();
        List<ProcessHandle> alive = runningIn(directory);
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            alive = runningIn(directory);
        }
        return alive;
    }

    /** Waits until no live process carries {@code marker}; returns those still alive after the grace period. */
    public static List<ProcessHandle> awaitGone(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + KILL_GRACE.toNanos();
        List<ProcessHandle> alive = withArgument(marker);
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            alive = withArgument(marker);
        }
        return alive;
    }

    /** The pid of a process that has already exited, which no live process has yet taken over. */
    public static long deadPid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    public static void killAll(String marker) {
        withArgument(marker).forEach(ProcessHandle::destroyForcibly);
    }
}
