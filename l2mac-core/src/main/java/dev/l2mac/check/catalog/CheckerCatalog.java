package dev.l2mac.check.catalog;

import dev.l2mac.check.CheckContext;
import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Checks;
import dev.l2mac.check.CommandCheck;
import dev.l2mac.check.CommandChecker;
import dev.l2mac.check.Language;
import dev.l2mac.check.TreeSitterSyntaxChecker;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.check.java.JavaChecks;
import dev.l2mac.check.node.NodeChecks;
import dev.l2mac.check.node.TypeScriptToolchain;
import dev.l2mac.check.python.PythonChecks;
import dev.l2mac.process.ProcessRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkers of each language, in the order their findings help most: syntax first, then deeper analysis, then
 * tests. Syntax is parsed in-process by tree-sitter where its native library loads; otherwise Python falls back to
 * a {@code python3} subprocess and JavaScript and TypeScript go without a syntax check.
 */
public final class CheckerCatalog {

    private CheckerCatalog() {}

    /**
     * The checkers {@code plan} asks for, each running only when the workspace has files it checks: Python
     * (syntax in-process, pylint errors when pylint is installed, pytest), Java (compilation in-process, JUnit 5
     * tests through {@code junit}'s launcher), JavaScript (syntax in-process, {@code node --test}), TypeScript
     * (syntax in-process, {@code tsc} type errors, tests through {@code node --test}, with the toolchain of the
     * default tool cache), then the user's command checks. Generated code runs through {@code runner}.
     */
    public static Checks forWorkspace(ProcessRunner runner, CheckPlan plan, JUnitLauncherJar junit) {
        return forWorkspace(
                runner, plan, junit, TypeScriptToolchain.standard(JUnitLauncherJar.defaultCacheDirectory()));
    }

    /** Like {@link #forWorkspace(ProcessRunner, CheckPlan, JUnitLauncherJar)} with this TypeScript toolchain. */
    public static Checks forWorkspace(
            ProcessRunner runner, CheckPlan plan, JUnitLauncherJar junit, TypeScriptToolchain typescript) {
        return new Checks(checkers(runner, plan, junit, typescript, TreeSitterSyntaxChecker.loads()));
    }

    /** Python syntax, then pytest, each bounded by {@code timeout} and {@code maxOutputChars}. */
    public static Checks python(ProcessRunner runner, Duration timeout, int maxOutputChars) {
        return new Checks(PythonChecks.syntaxAndTests(new CheckContext(runner, timeout, maxOutputChars)));
    }

    static List<Checker> checkers(
            ProcessRunner runner,
            CheckPlan plan,
            JUnitLauncherJar junit,
            TypeScriptToolchain typescript,
            boolean treeSitter) {
        List<Checker> checkers = new ArrayList<>();
        for (Language language : Language.values()) {
            if (plan.languages().contains(language)) {
                checkers.addAll(of(language, runner, plan, junit, typescript, treeSitter));
            }
        }
        for (CommandCheck command : plan.commands()) {
            checkers.add(new CommandChecker(command, runner, plan.timeout(), plan.maxOutputChars()));
        }
        return List.copyOf(checkers);
    }

    private static List<Checker> of(
            Language language,
            ProcessRunner runner,
            CheckPlan plan,
            JUnitLauncherJar junit,
            TypeScriptToolchain typescript,
            boolean treeSitter) {
        CheckContext context = plan.context(runner);
        return switch (language) {
            case PYTHON -> PythonChecks.checkers(context, treeSitter);
            case JAVA -> JavaChecks.checkers(context, junit);
            case JAVASCRIPT -> NodeChecks.javascript(context, treeSitter);
            case TYPESCRIPT -> NodeChecks.typescript(context, typescript, treeSitter);
        };
    }
}
