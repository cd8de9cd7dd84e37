package dev.l2mac.eval.polyglot;

import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Python tests: the exercise's unittest files run by {@code python3 -m pytest}, whose JUnit XML report is read. */
record PythonTestRun(ProcessRunner processes, String python) implements TestRun {
    static final String REPORT = ".polyglot-pytest.xml";

    @Override
    public TestOutcome run(PolyglotExercise exercise, Map<String, String> candidate, Path scratch, Duration timeout) {
        ExerciseCopy.write(exercise, candidate, scratch);
        List<String> command = new ArrayList<>(
                List.of(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=" + REPORT));
        exercise.testFiles().keySet().stream()
                .filter(file -> file.endsWith("_test.py"))
                .sorted()
                .forEach(command::add);
        ProcessResult result = processes.run(command, scratch, Map.of(), timeout, MAX_OUTPUT_CHARS);
        if (result.output().contains("No module named pytest")) {
            return new TestOutcome.NotMeasurable(
                    "pytest is not installed for " + python + "; " + python + " -m pip install pytest");
        }
        return TestRun.unfinished(result, timeout, python).orElseGet(() -> verdict(result, scratch.resolve(REPORT)));
    }

    private static TestOutcome verdict(ProcessResult result, Path report) {
        Optional<JUnitXmlReport> tests = JUnitXmlReport.read(report);
        if (result.succeeded()
                && tests.isPresent()
                && !tests.get().testCases().isEmpty()
                && tests.get().problems().isEmpty()
                && tests.get().count(JUnitXmlReport.Outcome.SKIPPED) == 0) {
            return new TestOutcome.Passed(tests.get().testCases().size());
        }
        String counts = tests.map(
                        t -> t.problems().size() + " of " + t.testCases().size() + " tests failed\n")
                .orElse("the tests left no report\n");
        return new TestOutcome.Failed(counts + TestRun.tail(result.output()));
    }
}
