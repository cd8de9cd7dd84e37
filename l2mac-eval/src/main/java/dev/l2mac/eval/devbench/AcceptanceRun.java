package dev.l2mac.eval.devbench;

import dev.l2mac.eval.design.CodebaseMeter;
import dev.l2mac.eval.design.Measured;
import dev.l2mac.eval.design.TestCounts;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs a task's acceptance tests on a codebase: the codebase is copied into a fresh folder (without run records or
 * caches, and without any acceptance tests of its own under the same name), the task's acceptance tests and
 * required files are copied beside it, and pytest runs the tests folder there with a timeout. A task in another
 * language is not measurable here ({@link TaskLanguage#whyNotMeasurable()}), never a pass or a failure.
 */
public final class AcceptanceRun {
    private static final String JUNIT_FILE = ".l2mac-eval-acceptance.xml";
    private static final Set<String> NOT_COPIED = Set.of(".l2mac", ".git", "__pycache__", ".pytest_cache");
    /** pytest's exit code when it collected no tests. */
    private static final int NO_TESTS_COLLECTED = 5;

    private final ProcessRunner processes;
    private final String python;
    private final Duration timeout;
    private final int maxOutputChars;

    public AcceptanceRun(ProcessRunner processes, String python, Duration timeout, int maxOutputChars) {
        this.processes = processes;
        this.python = python;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
    }

    /** Scores {@code codebase} against {@code task}'s acceptance tests in {@code scratch}, which must not exist. */
    public AcceptanceOutcome run(DevBenchTask task, Path codebase, Path scratch) {
        Optional<String> notHere = task.language().whyNotMeasurable();
        if (notHere.isPresent()) {
            return new AcceptanceOutcome(new Measured.NotMeasured<>(notHere.get()), "");
        }
        String testsFolder = task.folder().relativize(task.acceptanceTests()).toString();
        try {
            copyTree(codebase, scratch);
            deleteTree(scratch.resolve(testsFolder));
            copyTree(task.acceptanceTests(), scratch.resolve(testsFolder));
            for (String required : task.requiredFiles()) {
                copyRequired(task.folder(), required, scratch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot prepare " + scratch + " for the acceptance tests: " + e.getMessage(), e);
        }
        ProcessResult result = processes.run(
                List.of(
                        python,
                        "-m",
                        "pytest",
                        "-q",
                        "-p",
                        "no:cacheprovider",
                        "--junitxml=" + JUNIT_FILE,
                        testsFolder),
                scratch,
                Map.of(),
                timeout,
                maxOutputChars);
        return new AcceptanceOutcome(counts(result, scratch.resolve(JUNIT_FILE)), result.output());
    }

    private Measured<TestCounts> counts(ProcessResult result, Path report) {
        if (result.output().contains("No module named pytest")) {
            return new Measured.NotMeasured<>("pytest is not installed; pip install pytest to run the tests");
        }
        if (result.timedOut()) {
            return new Measured.NotMeasured<>("the acceptance tests were still running after " + timeout.toSeconds()
                    + " s and were stopped; none counts as passed");
        }
        try {
            boolean noTests = result instanceof ProcessResult.Exited exited && exited.exitCode() == NO_TESTS_COLLECTED;
            if (noTests || !Files.isRegularFile(report)) {
                return new Measured.NotMeasured<>("pytest collected no acceptance tests ("
                        + switch (result) {
                            case ProcessResult.Exited exited -> "exit status " + exited.exitCode();
                            case ProcessResult.TimedOut timedOut -> "it timed out";
                            case ProcessResult.CouldNotStart notStarted -> "it did not start";
                        }
                        + ")");
            }
            return new Measured.Value<>(CodebaseMeter.counts(Files.readString(report)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pytest's report " + report + ": " + e.getMessage(), e);
        }
    }

    /** A required file, or every file of a folder given as {@code folder/*}; absent ones are left to the tests. */
    private static void copyRequired(Path taskFolder, String required, Path scratch) throws IOException {
        String relative = required.endsWith("/*") ? required.substring(0, required.length() - 2) : required;
        Path source = taskFolder.resolve(relative).normalize();
        if (!source.startsWith(taskFolder) || !Files.exists(source)) {
            return;
        }
        copyTree(source, scratch.resolve(relative));
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (Files.isRegularFile(source)) {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path relative = source.relativize(path);
                if (skipped(relative)) {
                    continue;
                }
                Path destination = target.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else if (Files.isRegularFile(path)) {
                    Files.createDirectories(destination.getParent());
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (NOT_COPIED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
