package dev.l2mac.eval.polyglot;

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

/**
 * JavaScript tests: the exercise's Jest specs (every {@code xtest} and {@code xit} enabled, as Aider's benchmark
 * does; the track's own {@code test.skip} of slow tests stays) run by the Jest of {@link JestInstall},
 * linked into the copy as {@code node_modules}; Jest's JSON report is read. When Jest cannot be installed the
 * exercise is not measurable, never passed.
 */
record JavaScriptTestRun(ProcessRunner processes, ProcessRunner installer, Path toolCache) implements TestRun {
    static final String REPORT = ".polyglot-jest.json";
    private static final String JEST_CACHE = ".jest-cache";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public TestOutcome run(PolyglotExercise exercise, Map<String, String> candidate, Path scratch, Duration timeout) {
        return switch (JestInstall.forExercise(exercise, toolCache, installer)) {
            case JestInstall.Installed.Failed failed -> new TestOutcome.NotMeasurable(failed.reason());
            case JestInstall.Installed.Ready ready -> test(exercise, candidate, scratch, timeout, ready.folder());
        };
    }

    private TestOutcome test(
            PolyglotExercise exercise, Map<String, String> candidate, Path scratch, Duration timeout, Path installed) {
        ExerciseCopy.write(exercise, candidate, scratch);
        try {
            Files.createSymbolicLink(scratch.resolve("node_modules"), installed.resolve("node_modules"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link Jest's packages into " + scratch + ": " + e.getMessage(), e);
        }
        List<String> command = List.of(
                "node",
                installed.resolve(JestInstall.JEST_BIN).toString(),
                "--ci",
                "--rootDir=.",
                "--cacheDirectory=" + JEST_CACHE,
                "--json",
                "--outputFile=" + REPORT);
        ProcessResult result = processes.run(
                command,
                scratch,
                Map.of(),
                timeout,
                MAX_OUTPUT_CHARS,
                new ProcessRunner.Access(List.of(installed), List.of()));
        return TestRun.unfinished(result, timeout, "node").orElseGet(() -> verdict(result, scratch.resolve(REPORT)));
    }

    private static TestOutcome verdict(ProcessResult result, Path report) {
        JsonNode tests;
        try {
            tests = Files.isRegularFile(report) ? JSON.readTree(report.toFile()) : null;
        } catch (IOException e) {
            tests = null;
        }
        if (tests == null) {
            return new TestOutcome.Failed("the tests left no report\n" + TestRun.tail(result.output()));
        }
        int total = tests.path("numTotalTests").asInt();
        int failed = tests.path("numFailedTests").asInt()
                + tests.path("numRuntimeErrorTestSuites").asInt();
        int ran = tests.path("numPassedTests").asInt();
        // Skipped tests here are the track's own test.skip (slow tests it never runs); every xtest was enabled.
        if (result.succeeded() && tests.path("success").asBoolean() && ran > 0 && failed == 0) {
            return new TestOutcome.Passed(ran);
        }
        return new TestOutcome.Failed(failed + " of " + total + " tests failed\n" + TestRun.tail(result.output()));
    }
}
