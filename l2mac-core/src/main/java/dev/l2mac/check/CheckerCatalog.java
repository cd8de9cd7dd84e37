package dev.l2mac.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The checkers of each language, in the order their findings help most: syntax first, then deeper analysis, then
 * tests. Syntax is parsed in-process by tree-sitter where its native library loads; otherwise Python falls back to
 * a {@code python3} subprocess and JavaScript and TypeScript go without a syntax check.
 */
final class CheckerCatalog {

    /** pylint as installed by the system's package manager or pip; it runs under its own interpreter. */
    static final List<String> PYLINT = List.of("pylint");
    static final List<String> PYTHON = List.of("python3");
    /** pytest and pylint run in forking workers that keep them imported between checks ({@link ForkServer}). */
    static final boolean WARM = true;

    private CheckerCatalog() {
    }

    static List<Checker> checkers(ProcessRunner runner, CheckPlan plan, JUnitLauncherJar junit,
                                  TypeScriptToolchain typescript, boolean treeSitter) {
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

    private static List<Checker> of(Language language, ProcessRunner runner, CheckPlan plan, JUnitLauncherJar junit,
                                    TypeScriptToolchain typescript, boolean treeSitter) {
        return switch (language) {
            case PYTHON -> List.of(
                    treeSitter ? TreeSitterSyntaxChecker.python()
                            : new PythonSyntaxChecker(runner, plan.timeout(), plan.maxOutputChars()),
                    new PylintChecker(runner, plan.timeout(), plan.maxOutputChars(), PYLINT, PYTHON, WARM),
                    new PytestChecker(runner, plan.timeout(), plan.maxOutputChars(), PYTHON, WARM));
            case JAVA -> List.of(
                    new JavaCompileChecker(junit),
                    new JUnitChecker(runner, junit, plan.timeout(), plan.maxOutputChars()));
            case JAVASCRIPT -> treeSitter
                    ? List.of(TreeSitterSyntaxChecker.javascript(),
                            new NodeTestChecker(runner, plan.timeout(), plan.maxOutputChars()))
                    : List.of(new NodeTestChecker(runner, plan.timeout(), plan.maxOutputChars()));
            case TYPESCRIPT -> {
                List<Checker> checkers = new ArrayList<>();
                if (treeSitter) {
                    checkers.add(TreeSitterSyntaxChecker.typescript());
                }
                checkers.add(new TypeScriptTypeChecker(runner, typescript, plan.timeout(), plan.maxOutputChars()));
                checkers.add(new TypeScriptTestChecker(runner, typescript, plan.timeout(), plan.maxOutputChars()));
                yield checkers;
            }
        };
    }
}
