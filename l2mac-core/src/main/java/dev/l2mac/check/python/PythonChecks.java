package dev.l2mac.check.python;

import dev.l2mac.check.CheckContext;
import dev.l2mac.check.Checker;
import dev.l2mac.check.TreeSitterSyntaxChecker;
import dev.l2mac.process.Executables;
import dev.l2mac.process.ProcessRunner;
import java.time.Duration;
import java.util.List;

/** The Python checkers: syntax, pylint's errors when pylint is installed, and pytest. */
public final class PythonChecks {

    /** pylint as installed by the system's package manager or pip; it runs under its own interpreter. */
    static final List<String> PYLINT = List.of("pylint");
    /** pytest and pylint run in forking workers that keep them imported between checks ({@link ForkServer}). */
    static final boolean WARM = true;

    private PythonChecks() {}

    /**
     * Syntax (in-process through tree-sitter when {@code treeSitter}, else a {@code python3} subprocess), then
     * pylint and pytest in warm workers.
     */
    public static List<Checker> checkers(CheckContext context, boolean treeSitter) {
        ProcessRunner runner = context.runner();
        Duration timeout = context.timeout();
        int cap = context.maxOutputChars();
        return List.of(
                treeSitter ? TreeSitterSyntaxChecker.python() : new PythonSyntaxChecker(runner, timeout, cap),
                new PylintChecker(runner, timeout, cap, PYLINT, Executables.PYTHON, WARM),
                new PytestChecker(runner, timeout, cap, Executables.PYTHON, WARM));
    }

    /** Python syntax through a subprocess, then pytest started afresh for each check. */
    public static List<Checker> syntaxAndTests(CheckContext context) {
        return List.of(
                new PythonSyntaxChecker(context.runner(), context.timeout(), context.maxOutputChars()),
                new PytestChecker(context.runner(), context.timeout(), context.maxOutputChars()));
    }
}
