package dev.l2mac.eval.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a codebase with the Python tools, run through a {@link ProcessRunner} (the sandbox when there is one):
 * pylint for errors ({@code E} and {@code F} messages) and pytest for tests passed. A tool that is not installed
 * gives {@link Measured.NotMeasured} with what to install.
 */
public final class CodebaseMeter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JUNIT_FILE = ".l2mac-eval-junit.xml";
    private static final Pattern SUITE = Pattern.compile("<testsuite\\b([^>]*)>");
    /** pytest's exit code when it collected no tests. */
    private static final int NO_TESTS_COLLECTED = 5;
    /** How much of a tool's unreadable output a report quotes. */
    private static final int EXCERPT_CHARS = 200;

    private final ProcessRunner processes;
    private final String python;
    private final Duration timeout;
    private final int maxOutputChars;

    /** @param timeout the limit for each tool run; a suite still running then is a failure */
    public CodebaseMeter(ProcessRunner processes, String python, Duration timeout, int maxOutputChars) {
        this.processes = processes;
        this.python = python;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
    }

    public CodebaseMetrics measure(Path root) {
        List<Path> sources = CodeListing.sourceFiles(root).stream()
                .filter(f -> f.getFileName().toString().endsWith(".py"))
                .toList();
        int lines = 0;
        for (Path source : sources) {
            lines += nonBlankLines(source);
        }
        return new CodebaseMetrics(
                sources.size(), lines, sources.isEmpty() ? new Measured.Value<>(0) : pylintErrors(root), tests(root));
    }

    private Measured<Integer> pylintErrors(Path root) {
        ProcessResult result = processes.run(
                List.of(
                        python,
                        "-m",
                        "pylint",
                        "--disable=all",
                        "--enable=E,F",
                        "--output-format=json",
                        "--recursive=y",
                        "--ignore=.l2mac",
                        "."),
                root,
                Map.of(),
                timeout,
                maxOutputChars);
        if (result.output().contains("No module named pylint")) {
            return new Measured.NotMeasured<>("pylint is not installed; pip install pylint to count errors");
        }
        if (result.timedOut() || result.truncated()) {
            return new Measured.NotMeasured<>(
                    "pylint did not finish within " + timeout.toSeconds() + " s or its report was too long to read");
        }
        try {
            JsonNode messages = JSON.readTree(result.output());
            if (messages == null || !messages.isArray()) {
                return new Measured.NotMeasured<>("pylint's report is not a JSON list: " + excerpt(result));
            }
            return new Measured.Value<>(messages.size());
        } catch (JsonProcessingException e) {
            return new Measured.NotMeasured<>("pylint's report could not be read: " + excerpt(result));
        }
    }

    private Measured<TestCounts> tests(Path root) {
        Path report = root.resolve(JUNIT_FILE);
        try {
            ProcessResult result = processes.run(
                    List.of(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=" + JUNIT_FILE),
                    root,
                    Map.of(),
                    timeout,
                    maxOutputChars);
            if (result.output().contains("No module named pytest")) {
                return new Measured.NotMeasured<>("pytest is not installed; pip install pytest to run the tests");
            }
            if (result.timedOut()) {
                return new Measured.NotMeasured<>(
                        "the test suite was still running after " + timeout.toSeconds() + " s and was stopped");
            }
            boolean noTests = result instanceof ProcessResult.Exited exited && exited.exitCode() == NO_TESTS_COLLECTED;
            if (noTests || !Files.isRegularFile(report)) {
                return new Measured.Value<>(new TestCounts(0, 0, 0, 0));
            }
            return new Measured.Value<>(counts(Files.readString(report)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pytest's report in " + root + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(report);
            } catch (IOException e) {
                // The report is a byproduct; the counts are already read.
            }
        }
    }

    /** Sums the counts of every {@code testsuite} element of a JUnit XML report. */
    public static TestCounts counts(String junitXml) {
        int total = 0;
        int failed = 0;
        int skipped = 0;
        Matcher suites = SUITE.matcher(junitXml);
        while (suites.find()) {
            String attributes = suites.group(1);
            total += attribute(attributes, "tests");
            failed += attribute(attributes, "failures") + attribute(attributes, "errors");
            skipped += attribute(attributes, "skipped");
        }
        return new TestCounts(total, total - failed - skipped, failed, skipped);
    }

    private static int attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"(\\d+)\"").matcher(attributes);
        return value.find() ? Integer.parseInt(value.group(1)) : 0;
    }

    private static int nonBlankLines(Path source) {
        try {
            return (int) Files.readAllLines(source).stream()
                    .filter(line -> !line.isBlank())
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String excerpt(ProcessResult result) {
        String output = result.output().strip();
        return output.length() <= EXCERPT_CHARS ? output : output.substring(0, EXCERPT_CHARS) + "...";
    }
}
