package dev.l2mac.check.java;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.PinnedArtifact;
import dev.l2mac.check.TestFindings;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.process.ChildJvm;
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
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs the generated project's JUnit 5 tests: compiles every Java file in this JVM against the JUnit API, then runs
 * the JUnit Platform console launcher over the classes through the process runner (so inside the sandbox), and
 * reports each failing test, read from the launcher's XML report, as a finding at its line in the test source. No
 * tests is a pass; a timeout never is. Code that needs a declared library this machine lacks cannot be tested here:
 * unavailable, not failed.
 */
final class JUnitChecker implements Checker {

    static final String NAME = "junit";
    /** The launcher's exit code when tests failed. */
    static final int EXIT_TESTS_FAILED = 1;

    private static final String REPORT_FILE = "TEST-junit-jupiter.xml";
    private static final List<String> RESOURCE_DIRECTORIES = List.of("src/main/resources", "src/test/resources");

    private final ProcessRunner runner;
    private final JUnitLauncherJar launcher;
    private final Duration timeout;
    private final int maxOutputChars;
    private final Path java;

    JUnitChecker(ProcessRunner runner, JUnitLauncherJar launcher, Duration timeout, int maxOutputChars) {
        this(runner, launcher, timeout, maxOutputChars, Path.of(System.getProperty("java.home")));
    }

    JUnitChecker(ProcessRunner runner, JUnitLauncherJar launcher, Duration timeout, int maxOutputChars, Path javaHome) {
        this.runner = runner;
        this.launcher = launcher;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
        this.java = javaHome;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return files.stream().anyMatch(JUnitChecker::isTest);
    }

    /** Files named as Maven Surefire finds tests, or under {@code src/test/java}. */
    static boolean isTest(String file) {
        if (!JavaCompileChecker.isJava(file)) {
            return false;
        }
        String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
        return file.startsWith("src/test/java/")
                || file.contains("/src/test/java/")
                || name.startsWith("Test")
                || name.endsWith("Test")
                || name.endsWith("Tests");
    }

    /**
     * Always runs every test: a change to any class can break any test. A project with its own {@code pom.xml}
     * whose libraries were installed is tested by Maven as it would be built; any other through the launcher.
     */
    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        if (MavenBuild.buildable(workspace)) {
            return new MavenBuild(runner, timeout, maxOutputChars, java).test(NAME, workspace);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return new CheckReport.Unavailable(
                    NAME,
                    "this Java runtime has no compiler (javax.tools); run l2mac"
                            + " on a JDK rather than a JRE to run Java tests.");
        }
        return switch (launcher.resolve()) {
            case PinnedArtifact.Resolution.Missing missing -> new CheckReport.Unavailable(NAME, missing.reason());
            case PinnedArtifact.Resolution.Found found -> {
                Path scratch = temporaryDirectory();
                try {
                    yield compileAndRun(compiler, workspace, found.file(), scratch);
                } finally {
                    Directories.deleteTree(scratch);
                }
            }
        };
    }

    private CheckReport compileAndRun(JavaCompiler compiler, Path workspace, Path jar, Path scratch) {
        Path classes = scratch.resolve("classes");
        Path reports = scratch.resolve("reports");
        try {
            Files.createDirectories(classes);
            Files.createDirectories(reports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directories for compiled tests and their report", e);
        }
        List<String> sources = WorkspaceFiles.list(workspace).stream()
                .filter(JavaCompileChecker::isJava)
                .toList();
        List<Path> libraries = new ArrayList<>(List.of(jar));
        libraries.addAll(ProjectClasspath.of(workspace));
        CheckReport compiled = JavaCompileChecker.compile(compiler, workspace, sources, classes, libraries, List.of());
        if (!(compiled instanceof CheckReport.Passed)) {
            return new CheckReport.Unavailable(
                    NAME,
                    "the tests were not run because the Java code does not"
                            + " compile; fix the compile errors first.");
        }
        if (!compiled.notes().isEmpty()) {
            return new CheckReport.Unavailable(
                    NAME,
                    "the tests were not run because the code needs libraries"
                            + " that are not installed: "
                            + compiled.notes().stream().map(Finding::message).collect(Collectors.joining("; ")));
        }
        ProcessResult result = runner.run(
                command(workspace, jar, classes, reports),
                workspace,
                Map.of(),
                timeout,
                maxOutputChars,
                new ProcessRunner.Access(List.of(jar, classes, java), List.of(reports)));
        return CheckReport.ofRun(NAME, timeout, result, exited -> judge(exited, workspace, reports));
    }

    private static CheckReport judge(ProcessResult.Exited result, Path workspace, Path reports) {
        Optional<JUnitXmlReport> report = JUnitXmlReport.read(reports.resolve(REPORT_FILE));
        List<Finding> findings = report.map(r -> JUnitFindings.of(r, workspace)).orElse(List.of());
        if (!findings.isEmpty()) {
            return new CheckReport.Failed(NAME, findings);
        }
        if (result.exitCode() != 0 || report.isEmpty()) {
            return new CheckReport.Failed(
                    NAME,
                    List.of(new Finding(
                            "",
                            0,
                            0,
                            Finding.Severity.ERROR,
                            "the JUnit launcher stopped with exit code " + result.exitCode()
                                    + " without reporting failed" + " tests; see its output",
                            TestFindings.trimmed(result.output()))));
        }
        return new CheckReport.Passed(NAME, summary(report.get()));
    }

    private List<String> command(Path workspace, Path jar, Path classes, Path reports) {
        List<String> command = new ArrayList<>();
        command.add(java.resolve("bin").resolve("java").toString());
        command.addAll(ChildJvm.FLAGS);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "execute",
                "--disable-banner",
                "--disable-ansi-colors",
                "--details=summary",
                "--scan-class-path",
                classes.toString(),
                "--class-path",
                classes.toString(),
                "--reports-dir",
                reports.toString()));
        for (Path library : ProjectClasspath.of(workspace)) {
            command.addAll(List.of("--class-path", library.toString()));
        }
        for (String resources : RESOURCE_DIRECTORIES) {
            if (Files.isDirectory(workspace.resolve(resources))) {
                command.addAll(
                        List.of("--class-path", workspace.resolve(resources).toString()));
            }
        }
        return command;
    }

    private static String summary(JUnitXmlReport report) {
        long passed = report.count(JUnitXmlReport.Outcome.PASSED);
        long skipped = report.count(JUnitXmlReport.Outcome.SKIPPED);
        if (passed + skipped == 0) {
            return "no tests found";
        }
        String text = passed + (passed == 1 ? " test passed" : " tests passed");
        return skipped == 0 ? text : text + ", " + skipped + " skipped";
    }

    private static Path temporaryDirectory() {
        try {
            return Directories.createTemporary("junit");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for compiled tests", e);
        }
    }
}
