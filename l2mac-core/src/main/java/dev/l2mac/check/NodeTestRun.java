package dev.l2mac.check;

import dev.l2mac.check.ProcessRunner.ProcessResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of Node's built-in test runner ({@code node --test}) through the process runner, read from its JUnit XML
 * report: each failing test is a finding at the line of its failure in the workspace. No tests is a pass; a timeout
 * never is.
 */
final class NodeTestRun {

    private static final Pattern ERROR_CAUSE = Pattern.compile("cause: ([A-Z]\\w*Error)\\b");

    private NodeTestRun() {
    }

    /**
     * Runs {@code node <options> --test <files>} in {@code workspace} (Node finds the test files by its own naming
     * rules when {@code files} is empty) and reports it as the check {@code checker}.
     */
    static CheckReport run(String checker, ProcessRunner runner, Duration timeout, int maxOutputChars, Path workspace,
                           List<String> options, List<String> files, ProcessRunner.Access access) {
        Path reports;
        try {
            reports = Files.createTempDirectory("l2mac-node-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the test report", e);
        }
        try {
            Path report = reports.resolve("report.xml");
            List<String> command = new ArrayList<>(List.of("node"));
            command.addAll(options);
            command.addAll(List.of("--test", "--test-reporter=junit", "--test-reporter-destination=" + report,
                    "--test-reporter=dot", "--test-reporter-destination=stdout"));
            command.addAll(files);
            List<Path> writable = new ArrayList<>(access.writable());
            writable.add(reports);
            ProcessResult result = runner.run(command, workspace, Map.of(), timeout, maxOutputChars,
                    new ProcessRunner.Access(access.readable(), writable));
            return interpret(checker, timeout, result, JUnitXmlReport.read(report), workspace);
        } finally {
            Directories.deleteTree(reports);
        }
    }

    private static CheckReport interpret(String checker, Duration timeout, ProcessResult result,
                                         Optional<JUnitXmlReport> report, Path workspace) {
        if (result.timedOut()) {
            return new CheckReport.TimedOut(checker, timeout, result.output());
        }
        if (result.exitCode() == -1) {
            return new CheckReport.Unavailable(checker, result.output());
        }
        if (report.isEmpty() && result.output().contains("test-reporter")) {
            return new CheckReport.Unavailable(checker, "this Node.js cannot write JUnit reports (it needs 20.13 or"
                    + " newer); upgrade Node.js to run JavaScript tests. It said: " + result.output().strip());
        }
        List<Finding> findings = report.map(r -> findings(r, workspace)).orElse(List.of());
        if (!findings.isEmpty()) {
            return new CheckReport.Failed(checker, findings);
        }
        if (result.exitCode() != 0 || report.isEmpty()) {
            return new CheckReport.Failed(checker, List.of(new Finding("", 0, 0, Finding.Severity.ERROR,
                    "node --test stopped with exit code " + result.exitCode() + " without reporting failed tests;"
                            + " see its output", TestFindings.trimmed(result.output()))));
        }
        long passed = report.get().count(JUnitXmlReport.Outcome.PASSED);
        return new CheckReport.Passed(checker, passed == 0 ? "no tests found"
                : passed + (passed == 1 ? " test passed" : " tests passed"));
    }

    /** {@code TypeError: } when the failure's cause is one; Node's report names the error only in the trace. */
    private static String errorType(String details) {
        Matcher matcher = ERROR_CAUSE.matcher(details);
        return matcher.find() ? matcher.group(1) + ": " : "";
    }

    private static List<Finding> findings(JUnitXmlReport report, Path workspace) {
        List<Finding> findings = new ArrayList<>();
        Path root = workspace.toAbsolutePath().normalize();
        Pattern frame = Pattern.compile("(?:file://)?" + Pattern.quote(root.toString()) + "/([^:()\\s]+):(\\d+):(\\d+)");
        for (JUnitXmlReport.TestCase test : report.problems()) {
            Matcher matcher = frame.matcher(test.details());
            String file = "";
            int line = 0;
            int column = 0;
            if (matcher.find()) {
                file = matcher.group(1);
                line = Integer.parseInt(matcher.group(2));
                column = Integer.parseInt(matcher.group(3));
            }
            String name = test.name().replace(root + "/", "");
            String headline = errorType(test.details()) + test.message().strip().lines().findFirst()
                    .orElse("no message");
            String context = file.isEmpty() ? TestFindings.trimmed(test.details())
                    : SourceContext.around(root.resolve(file), line, column);
            findings.add(new Finding(file, line, column, Finding.Severity.ERROR,
                    "test '" + name + "' failed: " + headline, context));
        }
        return findings;
    }
}
