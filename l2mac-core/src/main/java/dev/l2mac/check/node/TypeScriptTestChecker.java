package dev.l2mac.check.node;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Finding;
import dev.l2mac.check.Language;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.process.Directories;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the workspace's TypeScript tests: {@code tsc} writes them as JavaScript with source maps (without type
 * checking, which {@link TypeScriptTypeChecker} reports) into a folder under the workspace's {@code .l2mac/}, where
 * Node resolves the project's packages as from the sources, then {@code node --test} runs them with source maps on,
 * so that failures point at the {@code .ts} lines. No tests is a pass; a timeout never is.
 */
final class TypeScriptTestChecker implements Checker {

    static final String NAME = "typescript-test";
    /** Where compiled tests are written, under the workspace; generated code may not write there itself. */
    static final String OUTPUT_FOLDER = ".l2mac/typescript-out";
    /** The least time left for the tests after compiling, so that a slow compile still lets them start. */
    static final Duration MIN_TEST_TIME = Duration.ofSeconds(1);

    private final ProcessRunner runner;
    private final TypeScriptToolchain toolchain;
    private final Duration timeout;
    private final int maxOutputChars;

    TypeScriptTestChecker(ProcessRunner runner, TypeScriptToolchain toolchain, Duration timeout, int maxOutputChars) {
        this.runner = runner;
        this.toolchain = toolchain;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return files.stream().anyMatch(TypeScriptTestChecker::isTest);
    }

    /** A TypeScript file named as Node names its test files, such as {@code cart.test.ts} or {@code test/cart.ts}. */
    static boolean isTest(String file) {
        return Language.TYPESCRIPT.owns(file)
                && !file.endsWith(".d.ts")
                && NodeTestChecker.isTest(file.replaceFirst("\\.([cm]?)ts$", ".$1js"));
    }

    /**
     * Always runs every test: a change to any module can break any test. A project whose {@code package.json} has
     * a test script, with its packages installed, is tested with {@code npm test} instead, here unless it also has
     * JavaScript tests, whose checker runs it then.
     */
    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        if (NpmTest.configured(workspace)
                && WorkspaceFiles.list(workspace).stream().noneMatch(NodeTestChecker::isTest)) {
            return NpmTest.run(NAME, runner, timeout, maxOutputChars, workspace);
        }
        return switch (toolchain.resolve()) {
            case TypeScriptToolchain.Resolution.Missing missing -> new CheckReport.Unavailable(NAME, missing.reason());
            case TypeScriptToolchain.Resolution.Found found -> {
                Path out = TypeScriptCompiler.scratchFolder(workspace, OUTPUT_FOLDER, "the compiled TypeScript tests");
                try {
                    yield compileAndRun(workspace, found, out);
                } finally {
                    Directories.deleteTree(out);
                }
            }
        };
    }

    private CheckReport compileAndRun(Path workspace, TypeScriptToolchain.Resolution.Found toolchain, Path out) {
        long started = System.nanoTime();
        ProcessResult compiled = runner.run(
                TypeScriptCompiler.emit(workspace, toolchain, TypeScriptTypeChecker.sources(workspace), out),
                workspace,
                Map.of(),
                timeout,
                maxOutputChars,
                new ProcessRunner.Access(List.of(toolchain.nodeModules()), List.of(out)));
        return CheckReport.ofRun(NAME, timeout, compiled, exited -> runTests(exited, workspace, out, started));
    }

    private CheckReport runTests(ProcessResult.Exited compiled, Path workspace, Path out, long started) {
        List<String> tests = compiledTests(out);
        if (compiled.exitCode() != 0 && tests.isEmpty()) {
            return new CheckReport.Unavailable(
                    NAME,
                    "the TypeScript tests were not run because tsc could not"
                            + " compile them: "
                            + TypeScriptCompiler.findings(workspace, compiled.output()).stream()
                                    .findFirst()
                                    .map(Finding::describe)
                                    .orElse(compiled.output().strip())
                            + "; fix the errors first.");
        }
        if (tests.isEmpty()) {
            return new CheckReport.Unavailable(
                    NAME,
                    "tsc wrote no test files into " + out + " (is the outDir of" + " tsconfig.json overriding it?)");
        }
        Duration left = timeout.minusNanos(System.nanoTime() - started);
        return NodeTestRun.run(
                NAME,
                runner,
                left.compareTo(MIN_TEST_TIME) < 0 ? MIN_TEST_TIME : left,
                maxOutputChars,
                workspace,
                List.of("--enable-source-maps"),
                tests,
                ProcessRunner.Access.NONE);
    }

    /** The JavaScript test files tsc wrote, as absolute paths. */
    private static List<String> compiledTests(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> NodeTestChecker.isTest(WorkspaceFiles.relative(out, file)))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the compiled TypeScript tests in " + out, e);
        }
    }
}
