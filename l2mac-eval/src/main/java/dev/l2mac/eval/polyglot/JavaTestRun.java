package dev.l2mac.eval.polyglot;

import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.process.ChildJvm;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Java tests without Gradle: the main and test sources compiled together by the running JDK's {@code javac}
 * against the exercise's JUnit and AssertJ, then run by the JUnit console launcher, whose XML report is read; both
 * JVMs start with {@link ChildJvm#FLAGS}, which keep them within the sandbox's address-space limit. A compile error
 * is a failure carrying the compiler's message.
 */
record JavaTestRun(ProcessRunner processes, Path toolCache) implements TestRun {
    static final String CLASSES = "build/classes";
    static final String REPORTS = "build/test-reports";
    /** The report of the Jupiter engine, which runs Exercism's tests. */
    static final String JUPITER_REPORT = "TEST-junit-jupiter.xml";

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Override
    public TestOutcome run(PolyglotExercise exercise, Map<String, String> candidate, Path scratch, Duration timeout) {
        JavaLibraries.Resolution libraries = JavaLibraries.resolve(exercise.folder(), toolCache);
        return switch (libraries) {
            case JavaLibraries.Resolution.Missing missing -> new TestOutcome.NotMeasurable(missing.reason());
            case JavaLibraries.Resolution.Found found -> {
                ExerciseCopy.write(exercise, candidate, scratch);
                yield compileAndRun(found, scratch, timeout);
            }
        };
    }

    private TestOutcome compileAndRun(JavaLibraries.Resolution.Found jars, Path scratch, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> libraries = jars.libraries().stream().map(Path::toString).toList();
        ProcessRunner.Access access = new ProcessRunner.Access(readable(jars), List.of());
        List<String> compile = new ArrayList<>(List.of(tool("javac")));
        ChildJvm.FLAGS.forEach(flag -> compile.add("-J" + flag));
        compile.addAll(List.of(
                "-encoding",
                "UTF-8",
                "-nowarn",
                "-d",
                CLASSES,
                "-cp",
                classPath(List.of(jars.launcher().toString()), libraries)));
        compile.addAll(sources(scratch));
        ProcessResult compiled = processes.run(compile, scratch, Map.of(), timeout, MAX_OUTPUT_CHARS, access);
        Optional<TestOutcome> unfinished = TestRun.unfinished(compiled, timeout, "javac");
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        if (!compiled.succeeded()) {
            return new TestOutcome.Failed(
                    "the solution and its tests do not compile:\n" + TestRun.tail(compiled.output()));
        }
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        List<String> test = new ArrayList<>(List.of(tool("java")));
        test.addAll(ChildJvm.FLAGS);
        test.addAll(List.of(
                "-jar",
                jars.launcher().toString(),
                "execute",
                "--disable-banner",
                "--details=summary",
                "--fail-if-no-tests",
                "--scan-class-path",
                "--class-path",
                classPath(List.of(CLASSES), libraries),
                "--reports-dir=" + REPORTS));
        ProcessResult ran = processes.run(test, scratch, Map.of(), left, MAX_OUTPUT_CHARS, access);
        return TestRun.unfinished(ran, timeout, "the JUnit console launcher")
                .orElseGet(() -> verdict(ran, scratch.resolve(REPORTS).resolve(JUPITER_REPORT)));
    }

    private static TestOutcome verdict(ProcessResult ran, Path report) {
        Optional<JUnitXmlReport> tests = JUnitXmlReport.read(report);
        if (ran.succeeded()
                && tests.isPresent()
                && !tests.get().testCases().isEmpty()
                && tests.get().problems().isEmpty()
                && tests.get().count(JUnitXmlReport.Outcome.SKIPPED) == 0) {
            return new TestOutcome.Passed(tests.get().testCases().size());
        }
        String counts = tests.map(
                        t -> t.problems().size() + " of " + t.testCases().size() + " tests failed\n")
                .orElse("the tests left no report\n");
        return new TestOutcome.Failed(counts + TestRun.tail(ran.output()));
    }

    private static List<Path> readable(JavaLibraries.Resolution.Found jars) {
        List<Path> paths = new ArrayList<>(List.of(jars.launcher()));
        paths.addAll(jars.libraries());
        return paths;
    }

    private static String classPath(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return String.join(File.pathSeparator, all);
    }

    private static String tool(String name) {
        return JAVA_HOME.resolve("bin").resolve(name).toString();
    }

    private static List<String> sources(Path scratch) {
        try (Stream<Path> walk = Files.walk(scratch.resolve("src"))) {
            return walk.filter(path -> path.toString().endsWith(".java"))
                    .map(path -> scratch.relativize(path).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sources in " + scratch + ": " + e.getMessage(), e);
        }
    }
}
