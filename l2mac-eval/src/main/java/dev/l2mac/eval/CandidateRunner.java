package dev.l2mac.eval;

import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs a candidate program followed by its problem's tests as one Python process through a {@link ProcessRunner},
 * in a fresh folder, with a timeout. It passes only when the process exits with 0 <em>and</em> printed a marker
 * that the test program prints after its last test: code that calls {@code exit(0)} before the tests ran fails.
 * A problem with an {@link OutputOracle} is judged instead by a script that compares the candidate's outputs with
 * the reference solution's, in one process too; it prints the marker only when every output matched.
 */
public final class CandidateRunner {
    /** How much of a failing program's output a report keeps. */
    static final int DETAIL_CHARS = 1_000;

    static final String PROGRAM_FILE = "candidate_with_tests.py";
    static final String CANDIDATE_FILE = "candidate.py";
    static final String JUDGE_FILE = "judge_outputs.py";
    static final String TASK_FILE = "task.json";
    private static final String JUDGE_SCRIPT = resource("judge/outputs.py");
    private static final String MARKER_PREFIX = "l2mac-eval: all tests ran ";
    /** The runner keeps the last third of capped output; the marker must fit in it with room to spare. */
    private static final int MIN_OUTPUT_CHARS = 1_000;

    private final ProcessRunner processes;
    private final String python;
    private final Duration timeout;
    private final int maxOutputChars;

    /**
     * @param python         the Python interpreter to run, by name on PATH or by path
     * @param timeout        the per-problem limit; a program still running then is a failure
     * @param maxOutputChars how much output is kept from each run
     */
    public CandidateRunner(ProcessRunner processes, String python, Duration timeout, int maxOutputChars) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the per-problem timeout must be positive, was " + timeout);
        }
        if (maxOutputChars < MIN_OUTPUT_CHARS) {
            throw new IllegalArgumentException("at least " + MIN_OUTPUT_CHARS
                    + " characters of output must be kept to see the end marker, was " + maxOutputChars);
        }
        this.processes = processes;
        this.python = python;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
    }

    /** Runs {@code candidate}, a whole program that should define the problem's entry point, against its tests. */
    public Verdict run(Problem problem, String candidate) {
        String marker = MARKER_PREFIX + UUID.randomUUID();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("l2mac-eval-");
            List<String> command = problem.outputs().isPresent()
                    ? writeJudged(folder, problem.outputs().get(), candidate, marker)
                    : writeTested(folder, problem, candidate, marker);
            ProcessResult result = processes.run(command, folder, Map.of(), timeout, maxOutputChars);
            return verdict(result, marker);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the candidate of " + problem.id() + " to a temporary folder: " + e.getMessage(), e);
        } finally {
            deleteTree(folder);
        }
    }

    private List<String> writeTested(Path folder, Problem problem, String candidate, String marker) throws IOException {
        String program = candidate + "\n\n" + problem.test() + "\n\nprint(" + pythonString(marker) + ")\n";
        Files.writeString(folder.resolve(PROGRAM_FILE), program);
        return List.of(python, PROGRAM_FILE);
    }

    private List<String> writeJudged(Path folder, OutputOracle oracle, String candidate, String marker)
            throws IOException {
        Files.writeString(folder.resolve(JUDGE_FILE), JUDGE_SCRIPT);
        Files.writeString(folder.resolve(CANDIDATE_FILE), candidate);
        Files.writeString(
                folder.resolve(TASK_FILE),
                "{\"marker\": \"" + marker + "\", \"comparison\": \""
                        + oracle.comparison().wireName() + "\", \"row\": " + oracle.row() + "}\n");
        return List.of(python, JUDGE_FILE, TASK_FILE, CANDIDATE_FILE);
    }

    private Verdict verdict(ProcessResult result, String marker) {
        return switch (result) {
            case ProcessResult.TimedOut timedOut -> new Verdict.TimedOut(timeout);
            case ProcessResult.CouldNotStart notStarted ->
                new Verdict.Failed("the program could not start\n" + tail(notStarted.reason()));
            case ProcessResult.Exited exited
            when exited.exitCode() == 0 && exited.output().contains(marker) -> new Verdict.Passed();
            case ProcessResult.Exited exited ->
                new Verdict.Failed((exited.exitCode() == 0
                                ? "the program exited with status 0 before its tests finished\n"
                                : "exit status " + exited.exitCode() + "\n")
                        + tail(exited.output()));
        };
    }

    private static String tail(String output) {
        return output.length() <= DETAIL_CHARS ? output : "..." + output.substring(output.length() - DETAIL_CHARS);
    }

    /** A Python string literal (and a JSON one); the marker holds only letters, digits, spaces, colons and dashes. */
    private static String pythonString(String text) {
        return "'" + text + "'";
    }

    private static String resource(String name) {
        try (InputStream in = CandidateRunner.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build of l2mac-eval");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(@Nullable Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary folder is harmless and the verdict is already known.
        }
    }
}
