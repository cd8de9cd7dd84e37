package dev.l2mac.check.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.process.Directories;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs a Python tool (pytest or pylint) warm: a worker started once per workspace through the process runner (so
 * inside the sandbox) imports the tool, then forks a fresh child for every call, which skips the interpreter's and
 * the tool's start-up. A call that times out kills the worker, and the next call starts another. Where the runner
 * cannot keep a worker, or the tool does not start, calls run it cold, one process each, as before.
 */
final class ForkServer {

    /** Starting the worker imports the tool and runs it once on a sample; bounded separately from the checks. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /**
     * A worker left idle this long exits by itself, so that machines that are never closed (a finished run, a
     * test) do not keep workers alive; checks within a run come far more often.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

    private static final String SCRIPT = loadScript();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessRunner runner;
    private final String kind;
    private final List<String> python;
    private final int maxOutputChars;
    private @Nullable Path workspace;
    private Map<String, String> environment = Map.of();
    private @Nullable Path scratch;
    private ProcessRunner.@Nullable Worker worker;
    private boolean broken;

    /**
     * A server for {@code kind} ({@code pytest} or {@code pylint}) under the interpreter {@code python}, keeping at
     * most {@code maxOutputChars} of a call's output.
     */
    ForkServer(ProcessRunner runner, String kind, List<String> python, int maxOutputChars) {
        this.runner = runner;
        this.kind = kind;
        this.python = List.copyOf(python);
        this.maxOutputChars = maxOutputChars;
    }

    /**
     * Runs the tool with {@code arguments} in {@code directory}, the worker having {@code environment} added to
     * the minimal one (a worker started with another is replaced), or empty when no worker can serve it (the caller
     * then runs the tool cold). {@code reportDirectory} must lie in {@link #scratch(Path, Map)}.
     */
    synchronized Optional<ProcessResult> run(
            Path directory, Map<String, String> environment, List<String> arguments, Duration timeout) {
        if (!ready(directory, environment)) {
            return Optional.empty();
        }
        String request;
        try {
            request = JSON.writeValueAsString(Map.of("args", arguments));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("arguments are plain strings", e);
        }
        long start = System.nanoTime();
        Optional<String> answer =
                Objects.requireNonNull(worker, "a ready server has a worker").ask(request, timeout);
        if (answer.isEmpty()) {
            worker = null;
            boolean timedOut = System.nanoTime() - start >= timeout.toNanos();
            // A worker that died early (the check killed its parent) proves nothing: the caller runs the tool cold.
            return timedOut ? Optional.of(new ProcessResult.TimedOut("", false)) : Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(answer.get());
            String output = node.path("output").asText("");
            boolean truncated = output.length() > maxOutputChars;
            String shown = truncated ? output.substring(0, maxOutputChars) : output;
            // An answer without an exit code means the tool never ran in the worker, as if it could not start.
            return Optional.of(
                    node.has("exit")
                            ? new ProcessResult.Exited(node.path("exit").asInt(), shown, truncated)
                            : new ProcessResult.CouldNotStart(shown));
        } catch (JsonProcessingException e) {
            // Something in the check wrote to the worker's own output: trust nothing it said and start afresh.
            stop();
            return Optional.empty();
        }
    }

    /** A directory the worker and the tool may write to, such as for a report; created with the worker. */
    synchronized Optional<Path> scratch(Path directory, Map<String, String> environment) {
        return ready(directory, environment)
                ? Optional.of(Objects.requireNonNull(scratch, "a ready server has a scratch directory"))
                : Optional.empty();
    }

    private boolean ready(Path directory, Map<String, String> wanted) {
        if (broken) {
            return false;
        }
        if (worker != null && directory.equals(workspace) && wanted.equals(environment)) {
            return true;
        }
        stop();
        workspace = directory;
        environment = Map.copyOf(wanted);
        scratch = temporaryDirectory();
        List<String> command = new ArrayList<>(python);
        command.addAll(List.of(
                "-c",
                SCRIPT,
                kind,
                scratch.toString(),
                String.valueOf(maxOutputChars),
                String.valueOf(IDLE_TIMEOUT.toSeconds())));
        Optional<ProcessRunner.Worker> started =
                runner.startWorker(command, directory, environment, ProcessRunner.Access.writable(scratch));
        if (started.isEmpty()) {
            broken = true;
            return false;
        }
        Optional<String> greeting = started.get().awaitLine(START_TIMEOUT);
        if (greeting.isEmpty() || !greeting.get().contains("\"ready\"")) {
            started.get().close();
            broken = true;
            return false;
        }
        worker = started.get();
        return true;
    }

    /** Stops the worker; the next call starts a new one. */
    synchronized void stop() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
        if (scratch != null) {
            Directories.deleteTree(scratch);
            scratch = null;
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Directories.createTemporary("worker");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory for a check worker", e);
        }
    }

    private static String loadScript() {
        try (InputStream in = ForkServer.class.getResourceAsStream("python_worker.py")) {
            if (in == null) {
                throw new IllegalStateException(
                        "resource dev/l2mac/check/python/python_worker.py is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
