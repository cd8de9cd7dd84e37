package dev.l2mac.eval.polyglot;

import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Runs one language's tests on a candidate, in a copy of the exercise made by {@link ExerciseCopy}. */
sealed interface TestRun permits JavaTestRun, PythonTestRun, JavaScriptTestRun {
    /** How much of the tests' output an outcome keeps (the end of it). */
    int DETAIL_CHARS = 4_000;
    /** How much output the process runner keeps from one command. */
    int MAX_OUTPUT_CHARS = 200_000;
    /** The Python interpreter that runs pytest, by name on PATH. */
    String PYTHON = "python3";

    /**
     * Scores {@code candidate} (path in the exercise to text) against {@code exercise}'s tests in {@code scratch},
     * a folder that does not exist yet, within {@code timeout}.
     */
    TestOutcome run(PolyglotExercise exercise, Map<String, String> candidate, Path scratch, Duration timeout);

    /**
     * The test run of {@code language}: tests run through {@code processes} (the sandboxed runner), packages are
     * installed through {@code installer} (network open), downloads and installs are kept under {@code toolCache}.
     */
    static TestRun of(PolyglotLanguage language, ProcessRunner processes, ProcessRunner installer, Path toolCache) {
        return switch (language) {
            case JAVA -> new JavaTestRun(processes, toolCache);
            case PYTHON -> new PythonTestRun(processes, PYTHON);
            case JAVASCRIPT -> new JavaScriptTestRun(processes, installer, toolCache);
        };
    }

    /** The end of {@code output}, at most {@link #DETAIL_CHARS}. */
    static String tail(String output) {
        String text = output.strip();
        return text.length() <= DETAIL_CHARS ? text : "..." + text.substring(text.length() - DETAIL_CHARS);
    }

    /** The outcome of a process that did not exit, or empty when it did. */
    static Optional<TestOutcome> unfinished(ProcessResult result, Duration timeout, String what) {
        return switch (result) {
            case ProcessResult.Exited exited -> Optional.empty();
            case ProcessResult.TimedOut timedOut ->
                Optional.of(new TestOutcome.TimedOut(timeout, tail(timedOut.output())));
            case ProcessResult.CouldNotStart notStarted ->
                Optional.of(new TestOutcome.NotMeasurable(what + " could not start: " + notStarted.reason()));
        };
    }
}
