package dev.l2mac.check.node;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Finding;
import dev.l2mac.check.JudgedFindings;
import dev.l2mac.check.Language;
import dev.l2mac.check.TestFindings;
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

/**
 * Type-checks the workspace's TypeScript with {@code tsc --noEmit} through the process runner, and reports each
 * error at its file, line and column. An import of an npm package is judged by where the package lives
 * ({@link NodeImports}): never a failure. The compiler only reads the code; it runs in the sandbox all the same.
 */
final class TypeScriptTypeChecker implements Checker {

    static final String NAME = "tsc";
    /** Where a scoped check writes the configuration naming its files; the workspace's own, never the code's. */
    static final String SCOPE_FOLDER = ".l2mac/tsc-scope";

    private final ProcessRunner runner;
    private final TypeScriptToolchain toolchain;
    private final Duration timeout;
    private final int maxOutputChars;

    TypeScriptTypeChecker(ProcessRunner runner, TypeScriptToolchain toolchain, Duration timeout, int maxOutputChars) {
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
        return Language.TYPESCRIPT.presentIn(files);
    }

    /** TypeScript imports JavaScript too, and the project files decide how modules resolve. */
    @Override
    public boolean dependsOn(String file) {
        return Language.TYPESCRIPT.owns(file)
                || Language.JAVASCRIPT.owns(file)
                || file.equals(TypeScriptCompiler.TSCONFIG)
                || file.equals("package.json");
    }

    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        return switch (toolchain.resolve()) {
            case TypeScriptToolchain.Resolution.Missing missing -> new CheckReport.Unavailable(NAME, missing.reason());
            case TypeScriptToolchain.Resolution.Found found -> typeCheck(workspace, found);
        };
    }

    @Override
    public boolean scoped() {
        return true;
    }

    /**
     * Type-checks the changed TypeScript files and the files importing them ({@link TypeScriptScope}), so that a
     * change to a large project does not type-check all of it; a changed {@code tsconfig.json} or
     * {@code package.json} may change every file's meaning, so it checks everything.
     */
    @Override
    public CheckReport check(Path workspace, CheckScope.Only scope) {
        if (scope.changed().contains(TypeScriptCompiler.TSCONFIG)
                || scope.changed().contains("package.json")) {
            return check(workspace, Set.of());
        }
        List<String> files = TypeScriptScope.files(workspace, WorkspaceFiles.list(workspace), scope);
        if (files.isEmpty()) {
            return new CheckReport.Passed(NAME, "no TypeScript file changed, nor any file importing one that did");
        }
        return switch (toolchain.resolve()) {
            case TypeScriptToolchain.Resolution.Missing missing -> new CheckReport.Unavailable(NAME, missing.reason());
            case TypeScriptToolchain.Resolution.Found found -> typeCheckOnly(workspace, found, files);
        };
    }

    private CheckReport typeCheckOnly(
            Path workspace, TypeScriptToolchain.Resolution.Found toolchain, List<String> files) {
        Path folder = TypeScriptCompiler.scratchFolder(workspace, SCOPE_FOLDER, "a scoped type check");
        try {
            Path config = folder.resolve(TypeScriptCompiler.TSCONFIG);
            Path root = workspace.toAbsolutePath().normalize();
            Files.writeString(
                    config,
                    TypeScriptCompiler.scopedConfig(
                            workspace, files.stream().map(root::resolve).toList()));
            return typeCheck(
                    workspace, toolchain, TypeScriptCompiler.typeCheckOnly(workspace, toolchain, files, config), files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the configuration of a scoped type check in " + folder, e);
        } finally {
            Directories.deleteTree(folder);
        }
    }

    private CheckReport typeCheck(Path workspace, TypeScriptToolchain.Resolution.Found toolchain) {
        List<String> sources = sources(workspace);
        return typeCheck(workspace, toolchain, TypeScriptCompiler.typeCheck(workspace, toolchain, sources), sources);
    }

    private CheckReport typeCheck(
            Path workspace,
            TypeScriptToolchain.Resolution.Found toolchain,
            List<String> command,
            List<String> sources) {
        ProcessResult result = runner.run(
                command,
                workspace,
                Map.of(),
                timeout,
                maxOutputChars,
                new ProcessRunner.Access(List.of(toolchain.nodeModules()), List.of()));
        return CheckReport.ofRun(NAME, timeout, result, exited -> judge(exited, workspace, sources.size()));
    }

    private static CheckReport judge(ProcessResult.Exited result, Path workspace, int sources) {
        if (result.exitCode() == 0) {
            return new CheckReport.Passed(NAME, typeChecks(sources));
        }
        List<Finding> findings =
                TypeScriptCompiler.findings(workspace, result.output(), TypeScriptCompiler.MAX_DIAGNOSTICS_JUDGED);
        JudgedFindings judged = NodeImports.judgeCompiler(workspace, findings);
        if (!judged.errors().isEmpty()) {
            return new CheckReport.Failed(
                    NAME,
                    judged.errors().stream()
                            .limit(TypeScriptCompiler.MAX_FINDINGS)
                            .toList(),
                    judged.notes());
        }
        if (findings.isEmpty() || result.truncated()) {
            // Nothing located, or the output was cut and the errors not seen may be the code's own.
            return new CheckReport.Failed(
                    NAME,
                    List.of(new Finding(
                            "",
                            0,
                            0,
                            Finding.Severity.ERROR,
                            "tsc stopped with exit code " + result.exitCode() + "; see its output",
                            TestFindings.trimmed(result.output()))),
                    judged.notes());
        }
        return new CheckReport.Passed(
                NAME,
                typeChecks(sources)
                        + (judged.notes().isEmpty()
                                ? ""
                                : ", apart from imports of packages that are not installed (see the notes)"),
                judged.notes());
    }

    private static String typeChecks(int files) {
        return files + (files == 1 ? " TypeScript file type-checks" : " TypeScript files type-check");
    }

    /** The TypeScript files tsc is given when there is no tsconfig.json to say which. */
    static List<String> sources(Path workspace) {
        return WorkspaceFiles.list(workspace).stream()
                .filter(Language.TYPESCRIPT::owns)
                .toList();
    }
}
