package dev.l2mac.check.python;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.deps.DependencyCache;
import dev.l2mac.process.Directories;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
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

/**
 * Runs the workspace's pytest suite, with the packages installed into its {@link DependencyCache} importable, and
 * reports each failing or erroring test as a finding, read from pytest's JUnit XML report rather than from its
 * console output. No tests collected is a pass; a timeout never is. A test that cannot import a package the project
 * declares but this machine lacks is the environment's matter: a note, not a failure ({@link MissingPackages}).
 */
final class PytestChecker implements Checker {

    static final String NAME = "pytest";
    /** pytest's exit code when it collected no tests. */
    static final int EXIT_NO_TESTS_COLLECTED = 5;

    private static final int EXIT_TESTS_FAILED = 1;

    private final ProcessRunner runner;
    private final Duration timeout;
    private final int maxOutputChars;
    private final List<String> python;
    private final Optional<ForkServer> warm;
    private final MissingPackages missing;

    /** A checker that runs pytest with {@code python3} from the {@code PATH}. */
    PytestChecker(ProcessRunner runner, Duration timeout, int maxOutputChars) {
        this(runner, timeout, maxOutputChars, List.of("python3"));
    }

    /** A checker that runs pytest with the given Python command, such as a virtual environment's interpreter. */
    PytestChecker(ProcessRunner runner, Duration timeout, int maxOutputChars, List<String> python) {
        this(runner, timeout, maxOutputChars, python, false);
    }

    /** With {@code warm}, pytest runs in a forking worker that has it imported already ({@link ForkServer}). */
    PytestChecker(ProcessRunner runner, Duration timeout, int maxOutputChars, List<String> python, boolean warm) {
        this.runner = runner;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
        this.python = List.copyOf(python);
        this.warm = warm ? Optional.of(new ForkServer(runner, NAME, python, maxOutputChars)) : Optional.empty();
        this.missing = new MissingPackages(new PythonModuleHomes(runner, python, timeout));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return WorkspaceFiles.anyPythonTest(files);
    }

    /** The warm worker is started afresh, so that no module imported before an installation stays in it. */
    @Override
    public void forget() {
        missing.forget();
        warm.ifPresent(ForkServer::stop);
    }

    @Override
    public void release() {
        warm.ifPresent(ForkServer::stop);
    }

    /** Always runs the whole suite: a change anywhere can break a test anywhere. */
    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        Map<String, String> environment = DependencyCache.of(workspace).pythonEnvironment();
        Optional<Path> scratch = warm.flatMap(server -> server.scratch(workspace, environment));
        Path reportDirectory;
        try {
            reportDirectory = scratch.isPresent()
                    ? Files.createTempDirectory(scratch.get(), "report-")
                    : Directories.createTemporary("pytest");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for pytest's report", e);
        }
        try {
            Path reportFile = reportDirectory.resolve("report.xml");
            ProcessResult result = warm.flatMap(
                            server -> server.run(workspace, environment, arguments(reportFile), timeout))
                    .orElseGet(() -> runner.run(
                            command(reportFile),
                            workspace,
                            environment,
                            timeout,
                            maxOutputChars,
                            ProcessRunner.Access.writable(reportDirectory)));
            return interpret(result, JUnitXmlReport.read(reportFile), workspace);
        } finally {
            deleteQuietly(reportDirectory.resolve("report.xml"));
            deleteQuietly(reportDirectory);
        }
    }

    private List<String> command(Path reportFile) {
        List<String> command = new ArrayList<>(python);
        command.addAll(List.of("-m", "pytest"));
        command.addAll(arguments(reportFile));
        return command;
    }

    private static List<String> arguments(Path reportFile) {
        return List.of(
                "-q",
                "-p",
                "no:cacheprovider",
                "--tb=short",
                "--continue-on-collection-errors",
                "-o",
                "junit_family=xunit1",
                "--junitxml=" + reportFile);
    }

    private CheckReport interpret(ProcessResult result, Optional<JUnitXmlReport> report, Path workspace) {
        return CheckReport.ofRun(NAME, timeout, result, exited -> judge(exited, report, workspace));
    }

    private CheckReport judge(ProcessResult.Exited result, Optional<JUnitXmlReport> report, Path workspace) {
        if (result.exitCode() == EXIT_TESTS_FAILED && result.output().contains("No module named pytest")) {
            return new CheckReport.Unavailable(
                    NAME,
                    "pytest is not installed for " + String.join(" ", python)
                            + "; install it (python3 -m pip install pytest) to run the tests.");
        }
        if (result.exitCode() == EXIT_NO_TESTS_COLLECTED) {
            return new CheckReport.Passed(NAME, "no tests collected");
        }
        List<Finding> all = report.map(r -> PytestFindings.of(r, workspace)).orElse(List.of());
        long passed = report.map(r -> r.count(JUnitXmlReport.Outcome.PASSED)).orElse(0L);
        Optional<CheckReport> judged = missing.judge(workspace, all)
                .testReport(
                        NAME, passed, () -> report.map(PytestChecker::summary).orElse("tests passed"));
        if (judged.isPresent()) {
            return judged.get();
        }
        if (result.exitCode() != 0) {
            return new CheckReport.Failed(NAME, List.of(PytestFindings.stopped(result)));
        }
        return new CheckReport.Passed(NAME, report.map(PytestChecker::summary).orElse("tests passed"));
    }

    private static String summary(JUnitXmlReport report) {
        long passed = report.count(JUnitXmlReport.Outcome.PASSED);
        long skipped = report.count(JUnitXmlReport.Outcome.SKIPPED);
        String text = passed + (passed == 1 ? " test passed" : " tests passed");
        return skipped == 0 ? text : text + ", " + skipped + " skipped";
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover report in the temporary directory is harmless.
        }
    }
}
