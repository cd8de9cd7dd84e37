package dev.l2mac.check.python;

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

    private PythonChecks() {
    }

    /**
     * Syntax (in-process through tree-sitter when {@code treeSitter}, else a {@code python3} subprocess), then
     * pylint and pytest in warm workers, each bounded by {@code timeout} and {@code maxOutputChars}.
     */
    public static List<Checker> checkers(ProcessRunner runner, Duration timeout, int maxOutputChars,
                                         boolean treeSitter) {
        return List.of(
                treeSitter ? TreeSitterSyntaxChecker.python()
                        : new PythonSyntaxChecker(runner, timeout, maxOutputChars),
                new PylintChecker(runner, timeout, maxOutputChars, PYLINT, Executables.PYTHON, WARM),
                new PytestChecker(runner, timeout, maxOutputChars, Executables.PYTHON, WARM));
    }

    /** Python syntax through a subprocess, then pytest started afresh for each check. */
    public static List<Checker> syntaxAndTests(ProcessRunner runner, Duration timeout, int maxOutputChars) {
        return List.of(
                new PythonSyntaxChecker(runner, timeout, maxOutputChars),
                new PytestChecker(runner, timeout, maxOutputChars));
    }
}
