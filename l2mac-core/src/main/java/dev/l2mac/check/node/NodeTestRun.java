package dev.l2mac.check.node;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.SourceContext;
import dev.l2mac.check.TestFindings;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.memory.Containment;
import dev.l2mac.process.Directories;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * report: each failing test is a finding at the line of its failure in the workspace, and a test file that failed as a
 * whole is explained by what it printed. A test that cannot load a package {@code package.json} declares but this
 * machine lacks is a note, not a failure ({@link NodeImports}). No tests is a pass; a timeout never is.
 */
final class NodeTestRun {

    private static final Pattern ERROR_CAUSE = Pattern.compile("cause: ([A-Z]\\w*Error)\\b");
    /** The first error a failed test file printed, such as {@code Error: Cannot find module 'x'}. */
    private static final Pattern THROWN = Pattern.compile("(?m)^(\\w*Error\\b.*)$");
    /** The spec reporter's mark of a failed test or file. */
    private static final String FAILED_MARK = "\u2716 ";
    /** A line of the spec reporter that ends a test's or a file's output: its result or the run's totals. */
    private static final Pattern RESULT_LINE = Pattern.compile("^\\s*(?:[\u2714\u2716\uFE63\u2139] )");

    private NodeTestRun() {}

    /**
     * Runs {@code node <options> --test <files>} in {@code workspace} (Node finds the test files by its own naming
     * rules when {@code files} is empty) and reports it as the check {@code checker}.
     */
    static CheckReport run(
            String checker,
            ProcessRunner runner,
            Duration timeout,
            int maxOutputChars,
            Path workspace,
            List<String> options,
            List<String> files,
            ProcessRunner.Access access) {
        Path reports;
        try {
            reports = Directories.createTemporary("node-test");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the test report", e);
        }
        try {
            Path report = reports.resolve("report.xml");
            List<String> command = new ArrayList<>(List.of("node"));
            command.addAll(options);
            command.addAll(List.of(
                    "--test",
                    "--test-reporter=junit",
                    "--test-reporter-destination=" + report,
                    "--test-reporter=spec",
                    "--test-reporter-destination=stdout"));
            command.addAll(files);
            List<Path> writable = new ArrayList<>(access.writable());
            writable.add(reports);
            ProcessResult result = runner.run(
                    command,
                    workspace,
                    Map.of(),
                    timeout,
                    maxOutputChars,
                    new ProcessRunner.Access(access.readable(), writable));
            return interpret(checker, timeout, result, JUnitXmlReport.read(report), workspace);
        } finally {
            Directories.deleteTree(reports);
        }
    }

    private static CheckReport interpret(
            String checker, Duration timeout, ProcessResult result, Optional<JUnitXmlReport> report, Path workspace) {
        return CheckReport.ofRun(checker, timeout, result, exited -> judge(checker, exited, report, workspace));
    }

    private static CheckReport judge(
            String checker, ProcessResult.Exited result, Optional<JUnitXmlReport> report, Path workspace) {
        if (report.isEmpty() && result.output().contains("test-reporter")) {
            return new CheckReport.Unavailable(
                    checker,
                    "this Node.js cannot write JUnit reports (it needs 20.13 or"
                            + " newer); upgrade Node.js to run JavaScript tests. It said: "
                            + result.output().strip());
        }
        List<Finding> findings =
                report.map(r -> findings(r, workspace, result.output())).orElse(List.of());
        long passed = report.map(r -> r.count(JUnitXmlReport.Outcome.PASSED)).orElse(0L);
        Optional<CheckReport> judged =
                NodeImports.judgeTests(workspace, findings).testReport(checker, passed, () -> summary(passed));
        if (judged.isPresent()) {
            return judged.get();
        }
        if (result.exitCode() != 0 || report.isEmpty()) {
            return new CheckReport.Failed(
                    checker,
                    List.of(new Finding(
                            "",
                            0,
                            0,
                            Finding.Severity.ERROR,
                            "node --test stopped with exit code " + result.exitCode()
                                    + " without reporting failed tests;" + " see its output",
                            TestFindings.trimmed(result.output()))));
        }
        return new CheckReport.Passed(checker, summary(passed));
    }

    private static String summary(long passed) {
        return passed == 0 ? "no tests found" : passed + (passed == 1 ? " test passed" : " tests passed");
    }

    /** {@code TypeError: } when the failure's cause is one; Node's report names the error only in the trace. */
    private static String errorType(String details) {
        Matcher matcher = ERROR_CAUSE.matcher(details);
        return matcher.find() ? matcher.group(1) + ": " : "";
    }

    static List<Finding> findings(JUnitXmlReport report, Path workspace, String output) {
        List<Finding> findings = new ArrayList<>();
        Path root = workspace.toAbsolutePath().normalize();
        Pattern frame =
                Pattern.compile("(?:file://)?" + Pattern.quote(root.toString()) + "/([^:()\\s]+):(\\d+):(\\d+)");
        for (JUnitXmlReport.TestCase test : report.problems()) {
            // A test file that failed as a whole is reported by its path; why is only in what it printed.
            String printed = fileOutput(test.name(), output);
            String details = printed.isEmpty() ? test.details() : printed;
            Matcher matcher = frame.matcher(details);
            String file = printed.isEmpty() || !Path.of(test.name()).startsWith(root)
                    ? ""
                    : WorkspaceFiles.relative(root, Path.of(test.name()));
            int line = 0;
            int column = 0;
            // A frame naming a path that leaves the workspace (through '..' or a link) is shown as plain text only.
            Optional<String> located =
                    matcher.find() ? Containment.workspaceFile(root, matcher.group(1)) : Optional.empty();
            if (located.isPresent()) {
                file = located.get();
                line = Integer.parseInt(matcher.group(2));
                column = Integer.parseInt(matcher.group(3));
            }
            String name = test.name().replace(root + "/", "");
            Matcher thrown = THROWN.matcher(printed);
            String headline = thrown.find()
                    ? thrown.group(1)
                    : errorType(test.details())
                            + test.message().strip().lines().findFirst().orElse("no message");
            String context = line == 0 ? TestFindings.trimmed(details) : SourceContext.around(root, file, line, column);
            findings.add(new Finding(
                            file,
                            line,
                            column,
                            Finding.Severity.ERROR,
                            "test '" + name + "' failed: " + headline,
                            context)
                    .ofTest(file + "::" + name));
        }
        return findings;
    }

    /**
     * What a test file that failed as a whole printed: in the spec reporter's output, the lines after the previous
     * result line and before {@code ✖ <file> (}. Empty for a test case that is not a file.
     */
    static String fileOutput(String testName, String output) {
        if (!testName.startsWith("/")) {
            return "";
        }
        List<String> lines = output.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(FAILED_MARK + testName + " (")) {
                int start = i;
                while (start > 0 && !RESULT_LINE.matcher(lines.get(start - 1)).find()) {
                    start--;
                }
                return String.join("\n", lines.subList(start, i)).strip();
            }
        }
        return "";
    }
}
