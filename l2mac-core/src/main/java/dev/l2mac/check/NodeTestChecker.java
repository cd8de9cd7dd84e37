package dev.l2mac.check;

import dev.l2mac.check.ProcessRunner.ProcessResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the workspace's JavaScript tests with Node's built-in runner ({@code node --test}, which finds test files by
 * its own naming rules) through the process runner, and reports each failing test, read from the runner's JUnit
 * XML report, at the line of its failure. No tests is a pass; a timeout never is.
 */
final class NodeTestChecker implements Checker {

    static final String NAME = "node-test";
    /** Node's test file names: {@code *.test.js}, {@code *-test.js}, {@code *_test.js}, {@code test-*.js}, ... */
    private static final Pattern TEST_FILE = Pattern.compile(
            "(^|.*/)(test\\.[cm]?js|test-[^/]*\\.[cm]?js|[^/]*[.\\-_]test\\.[cm]?js|test/.*\\.[cm]?js)$");

    private static final Pattern ERROR_CAUSE = Pattern.compile("cause: ([A-Z]\\w*Error)\\b");

    private final ProcessRunner runner;
    private final Duration timeout;
    private final int maxOutputChars;

    NodeTestChecker(ProcessRunner runner, Duration timeout, int maxOutputChars) {
        this.runner = runner;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return files.stream().anyMatch(NodeTestChecker::isTest);
    }

    static boolean isTest(String file) {
        return TEST_FILE.matcher(file).matches();
    }

    /** Always runs every test: a change to any module can break any test. */
    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        Path reports;
        try {
            reports = Files.createTempDirectory("l2mac-node-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the test report", e);
        }
        try {
            Path report = reports.resolve("report.xml");
            ProcessResult result = runner.run(List.of("node", "--test", "--test-reporter=junit",
                            "--test-reporter-destination=" + report, "--test-reporter=dot",
                            "--test-reporter-destination=stdout"), workspace, Map.of(), timeout, maxOutputChars,
                    ProcessRunner.Access.writable(reports));
            return interpret(result, JUnitXmlReport.read(report), workspace);
        } finally {
            Directories.deleteTree(reports);
        }
    }

    private CheckReport interpret(ProcessResult result, Optional<JUnitXmlReport> report, Path workspace) {
        if (result.timedOut()) {
            return new CheckReport.TimedOut(NAME, timeout, result.output());
        }
        if (result.exitCode() == -1) {
            return new CheckReport.Unavailable(NAME, result.output());
        }
        if (report.isEmpty() && result.output().contains("test-reporter")) {
            return new CheckReport.Unavailable(NAME, "this Node.js cannot write JUnit reports (it needs 20.13 or"
                    + " newer); upgrade Node.js to run JavaScript tests. It said: " + result.output().strip());
        }
        List<Finding> findings = report.map(r -> findings(r, workspace)).orElse(List.of());
        if (!findings.isEmpty()) {
            return new CheckReport.Failed(NAME, findings);
        }
        if (result.exitCode() != 0 || report.isEmpty()) {
            return new CheckReport.Failed(NAME, List.of(new Finding("", 0, 0, Finding.Severity.ERROR,
                    "node --test stopped with exit code " + result.exitCode() + " without reporting failed tests;"
                            + " see its output", TestFindings.trimmed(result.output()))));
        }
        long passed = report.get().count(JUnitXmlReport.Outcome.PASSED);
        return new CheckReport.Passed(NAME, passed == 0 ? "no tests found"
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
