package dev.l2mac.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs commands as local child processes with a minimal environment, stdin closed, output capped, and the whole
 * process tree killed on timeout and after exit: the group, the descendants seen, and every process carrying the
 * command's {@link ProcessTag}, so that detached daemons do not outlive it. Built with its public constructor it
 * isolates nothing else: generated code runs with this user's file and network access;
 * {@code SandboxedProcessRunner} adds isolation. Its first command in a process removes what crashed l2mac
 * processes left in temporary space ({@link StaleLeftovers}).
 */
public final class LocalProcessRunner implements ProcessRunner {

    /** How often running processes are scanned for descendants to remember. */
    private static final Duration DESCENDANT_SCAN_INTERVAL = Duration.ofMillis(100);
    /** How long to wait for the last output once the process tree has been killed. */
    private static final Duration OUTPUT_DRAIN_GRACE = Duration.ofSeconds(2);

    private static final int READ_BUFFER_CHARS = 8_192;
    private static final String FALLBACK_PATH = "/usr/local/bin:/usr/bin:/bin";

    private final ProcessGroups groups;
    private final Confinement confinement;

    /** A runner that starts each command in a process group of its own when the system allows it. */
    public LocalProcessRunner() {
        this(ProcessGroups.detect());
    }

    public LocalProcessRunner(ProcessGroups groups) {
        this(groups, Confinement.NONE);
    }

    public LocalProcessRunner(ProcessGroups groups, Confinement confinement) {
        this.groups = groups;
        this.confinement = confinement;
    }

    @Override
    public ProcessResult run(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars) {
        return run(command, directory, environment, timeout, maxOutputChars, Access.NONE);
    }

    @Override
    public ProcessResult run(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars,
            Access access) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        StaleLeftovers.removeOnceInThisProcess();
        Path home;
        try {
            home = Directories.createTemporary("home");
        } catch (IOException e) {
            return couldNotStart(command, "no temporary home directory: " + e.getMessage());
        }
        try {
            ProcessTag tag = ProcessTag.fresh();
            Map<String, String> childEnvironment = environmentFor(home, environment, tag);
            Optional<String> executable =
                    Executables.resolve(command.getFirst(), childEnvironment.get("PATH"), directory);
            if (executable.isEmpty()) {
                return couldNotStart(
                        command,
                        "no executable named '" + command.getFirst() + "' on PATH; install it or give its full path");
            }
            if (!Files.isDirectory(directory)) {
                return couldNotStart(command, "the directory " + directory + " does not exist");
            }
            List<String> resolved = new ArrayList<>(command);
            resolved.set(0, executable.get());
            Confinement.Confined confined;
            try {
                confined = confinement.confine(resolved, directory, home, access);
            } catch (IOException e) {
                return couldNotStart(command, "the sandbox could not be prepared: " + e.getMessage());
            }
            try {
                return start(
                        confined.command(),
                        directory,
                        childEnvironment,
                        tag,
                        timeout,
                        new CappedOutput(maxOutputChars));
            } finally {
                confined.release().run();
            }
        } finally {
            Directories.deleteTree(home);
        }
    }

    @Override
    public Optional<Worker> startWorker(
            List<String> command, Path directory, Map<String, String> extra, Access access) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        StaleLeftovers.removeOnceInThisProcess();
        Path home;
        try {
            home = Directories.createTemporary("home");
        } catch (IOException e) {
            return Optional.empty();
        }
        ProcessTag tag = ProcessTag.fresh();
        Map<String, String> environment = environmentFor(home, extra, tag);
        Optional<String> executable = Executables.resolve(command.getFirst(), environment.get("PATH"), directory);
        if (executable.isEmpty() || !Files.isDirectory(directory)) {
            Directories.deleteTree(home);
            return Optional.empty();
        }
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, executable.get());
        try {
            Confinement.Confined confined = confinement.confine(resolved, directory, home, access);
            ProcessBuilder builder = new ProcessBuilder(groups.wrap(confined.command()))
                    .directory(directory.toFile())
                    .redirectError(Redirect.DISCARD);
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = startOnKeeperThread(builder);
            return Optional.of(new PipedWorker(process, new ProcessTree(process, groups, tag), () -> {
                confined.release().run();
                Directories.deleteTree(home);
            }));
        } catch (IOException e) {
            Directories.deleteTree(home);
            return Optional.empty();
        }
    }

    /**
     * Starts the process from a thread that lives exactly as long as it: a sandbox started with
     * {@code --die-with-parent} is killed when the thread that started it ends, and a worker outlives the check
     * (and the pool thread) that asked for it.
     */
    private static Process startOnKeeperThread(ProcessBuilder builder) throws IOException {
        java.util.concurrent.CompletableFuture<Process> started = new java.util.concurrent.CompletableFuture<>();
        Thread.ofPlatform().daemon().name("worker-keeper").start(() -> {
            Process process;
            try {
                process = builder.start();
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
                return;
            }
            started.complete(process);
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            return started.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private ProcessResult start(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            ProcessTag tag,
            Duration timeout,
            CappedOutput output) {
        ProcessBuilder builder = new ProcessBuilder(groups.wrap(command))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectInput(Redirect.from(DevNull.FILE));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return couldNotStart(command, e.getMessage());
        }
        Thread reader = Thread.ofPlatform()
                .daemon()
                .name("process-output-" + process.pid())
                .start(() -> drain(process.getInputStream(), output));
        ProcessTree tree = new ProcessTree(process, groups, tag);
        boolean exited = awaitExit(process, tree, timeout);
        tree.kill();
        awaitOutput(reader);
        return exited
                ? new ProcessResult.Exited(process.exitValue(), output.text(), output.truncated())
                : new ProcessResult.TimedOut(output.text(), output.truncated());
    }

    private static boolean awaitExit(Process process, ProcessTree tree, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                long slice = Math.min(left, DESCENDANT_SCAN_INTERVAL.toNanos());
                if (process.waitFor(slice, TimeUnit.NANOSECONDS)) {
                    return true;
                }
                tree.remember();
            }
        } catch (InterruptedException e) {
            // The caller is shutting down: stop the command as if its time were up.
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void drain(InputStream stream, CappedOutput output) {
        char[] buffer = new char[READ_BUFFER_CHARS];
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            int read;
            while ((read = reader.read(buffer)) != -1) {
                output.append(buffer, 0, read);
            }
        } catch (IOException e) {
            // The pipe closes under us when the process is killed; what was read so far is the output.
        }
    }

    private static void awaitOutput(Thread reader) {
        try {
            // A process that escaped every kill may hold the pipe open; its reader is a daemon and is left behind.
            reader.join(OUTPUT_DRAIN_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Only what programs need to run, never the parent's variables, so API keys cannot leak into generated code;
     * the tag comes last, after the secret variables are filtered out, and cannot be overridden.
     */
    static Map<String, String> environmentFor(Path home, Map<String, String> extra, ProcessTag tag) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", searchPath());
        environment.put("HOME", home.toString());
        environment.put("LANG", "C.UTF-8");
        environment.put("PYTHONDONTWRITEBYTECODE", "1");
        environment.put("PYTHONUNBUFFERED", "1");
        environment.putAll(SecretVariables.without(extra));
        environment.put(ProcessTag.VARIABLE, tag.value());
        return environment;
    }

    /** The {@code PATH} children get: this process's own, or the system's directories when it has none. */
    public static String searchPath() {
        String path = System.getenv("PATH");
        return path == null || path.isBlank() ? FALLBACK_PATH : path;
    }

    private static ProcessResult couldNotStart(List<String> command, @Nullable String reason) {
        return new ProcessResult.CouldNotStart("could not start " + String.join(" ", command) + ": " + reason);
    }
}
