package dev.l2mac.check.java;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.PackageNotes;
import dev.l2mac.check.SourceContext;
import dev.l2mac.check.TestFindings;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.deps.DependencyCache;
import dev.l2mac.process.ChildJvm;
import dev.l2mac.process.Directories;
import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the tests of a generated project that has its own {@code pom.xml} as Maven does ({@code mvn -o test}),
 * offline against the libraries the dependency step put in {@link DependencyCache#mavenRepository()}: on a copy of
 * the workspace's files in a build folder under {@code .l2mac/}, so that Maven's {@code target/} never lands in the
 * output. Compile errors are located from Maven's output, failed tests from Surefire's XML reports.
 */
final class MavenBuild {

    /** The copy Maven builds, kept between checks so that its {@code target/} is reused; the workspace's own. */
    static final String BUILD_FOLDER = ".l2mac/maven-build";

    static final String TARGET = "target";
    /** Maven's words when an offline build lacks a library the POM declares. */
    private static final Pattern UNRESOLVED = Pattern.compile(
            "Could not resolve dependencies|has not been downloaded from it before|Cannot access \\S+ in offline mode");

    private static final Pattern COMPILE_ERROR =
            Pattern.compile("^\\[ERROR\\] (/[^\\[]+\\.java):\\[(\\d+),(\\d+)\\] (.+)$");

    private final ProcessRunner runner;
    private final Duration timeout;
    private final int maxOutputChars;
    private final Path javaHome;

    MavenBuild(ProcessRunner runner, Duration timeout, int maxOutputChars, Path javaHome) {
        this.runner = runner;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
        this.javaHome = javaHome;
    }

    /** True when the workspace has a {@code pom.xml}, its libraries were installed, and {@code mvn} is here. */
    static boolean buildable(Path workspace) {
        return Files.isRegularFile(workspace.resolve(ProjectClasspath.POM))
                && Files.isDirectory(DependencyCache.of(workspace).mavenRepository())
                && Executables.resolve("mvn", LocalProcessRunner.searchPath(), workspace)
                        .isPresent();
    }

    /** Builds and tests the workspace's copy; the report is named {@code checker}. */
    CheckReport test(String checker, Path workspace) {
        Path root = workspace.toAbsolutePath().normalize();
        Path build = copy(root);
        Path repository;
        try {
            // Where a link leads: the sandbox shows the repository by its real path.
            repository = DependencyCache.of(root).mavenRepository().toRealPath();
        } catch (IOException e) {
            return new CheckReport.Unavailable(
                    checker,
                    "the installed libraries in "
                            + DependencyCache.of(root).mavenRepository() + " cannot be read (" + e.getMessage() + ");"
                            + " run `l2mac deps` again.");
        }
        List<String> command = List.of(
                "mvn",
                "-B",
                "-o",
                "-Dmaven.repo.local=" + repository,
                "-Dstyle.color=never",
                "-DtrimStackTrace=false",
                "-Dsurefire.printSummary=true",
                "test");
        // Maven and the test JVM it forks must fit the sandbox's address-space limit, as the checks' JVMs do.
        Map<String, String> environment =
                Map.of("JAVA_HOME", javaHome.toString(), "JAVA_TOOL_OPTIONS", String.join(" ", ChildJvm.FLAGS));
        ProcessResult result = runner.run(
                command,
                build,
                environment,
                timeout,
                maxOutputChars,
                new ProcessRunner.Access(List.of(repository, javaHome), List.of(build)));
        return CheckReport.ofRun(checker, timeout, result, exited -> judge(exited, checker, root, build));
    }

    private static CheckReport judge(ProcessResult.Exited result, String checker, Path root, Path build) {
        if (result.exitCode() != 0 && UNRESOLVED.matcher(result.output()).find()) {
            return new CheckReport.Unavailable(
                    checker,
                    "mvn -o test could not resolve every library the"
                            + " project's POMs declare from those installed, so the tests were not run; "
                            + PackageNotes.installHint("them"));
        }
        List<Finding> compileErrors = compileErrors(root, build, result.output());
        if (!compileErrors.isEmpty()) {
            return new CheckReport.Failed(checker, compileErrors);
        }
        Optional<JUnitXmlReport> report = surefireReports(build.resolve(TARGET).resolve("surefire-reports"));
        List<Finding> failures = report.map(r -> JUnitFindings.of(r, root)).orElse(List.of());
        if (!failures.isEmpty()) {
            return new CheckReport.Failed(checker, failures);
        }
        if (result.exitCode() != 0) {
            return new CheckReport.Failed(
                    checker,
                    List.of(new Finding(
                            ProjectClasspath.POM,
                            0,
                            0,
                            Finding.Severity.ERROR,
                            "mvn test failed with exit code " + result.exitCode()
                                    + " without a compile error or failed test; see its output",
                            TestFindings.trimmed(result.output()))));
        }
        long passed = report.map(r -> r.count(JUnitXmlReport.Outcome.PASSED)).orElse(0L);
        return new CheckReport.Passed(
                checker,
                passed == 0
                        ? "no tests found (mvn test)"
                        : passed + (passed == 1 ? " test passed" : " tests passed") + " (mvn test)");
    }

    /**
     * The build folder holding exactly the workspace's files now, beside the {@code target/} of earlier builds
     * minus its old test reports.
     */
    private static Path copy(Path workspace) {
        Path build = workspace.resolve(BUILD_FOLDER);
        try {
            Files.createDirectories(build);
            try (Stream<Path> entries = Files.list(build)) {
                entries.filter(entry -> !entry.getFileName().toString().equals(TARGET))
                        .forEach(Directories::deleteTree);
            }
            Directories.deleteTree(build.resolve(TARGET).resolve("surefire-reports"));
            for (String file : WorkspaceFiles.list(workspace)) {
                Path target = build.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(workspace.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
            }
            return build;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the project into its build folder " + build, e);
        }
    }

    /** Maven's {@code [ERROR] /path/File.java:[line,column] message} lines, located in the workspace. */
    static List<Finding> compileErrors(Path workspace, Path build, String output) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : output.lines().toList()) {
            Matcher matcher = COMPILE_ERROR.matcher(line.strip());
            Path built = matcher.matches() ? Path.of(matcher.group(1)).normalize() : null;
            // Maven prints each error twice: as the compiler reports it, and again in its summary.
            if (built == null
                    || !built.startsWith(build)
                    || !seen.add(line.strip())
                    || findings.size() == JavaCompileChecker.MAX_FINDINGS) {
                continue;
            }
            String file = WorkspaceFiles.relative(build, built);
            int lineNumber = Integer.parseInt(matcher.group(2));
            int column = Integer.parseInt(matcher.group(3));
            findings.add(new Finding(
                    file,
                    lineNumber,
                    column,
                    Finding.Severity.ERROR,
                    matcher.group(4),
                    SourceContext.around(workspace, file, lineNumber, column)));
        }
        return findings;
    }

    /** Every {@code TEST-*.xml} Surefire wrote, as one report; empty when it wrote none. */
    private static Optional<JUnitXmlReport> surefireReports(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<JUnitXmlReport.TestCase> cases = files.filter(
                            file -> file.getFileName().toString().startsWith("TEST-")
                                    && file.getFileName().toString().endsWith(".xml"))
                    .sorted()
                    .map(JUnitXmlReport::read)
                    .flatMap(Optional::stream)
                    .flatMap(report -> report.testCases().stream())
                    .toList();
            return Optional.of(new JUnitXmlReport(cases));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
