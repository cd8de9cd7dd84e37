package dev.l2mac.check.java;

import dev.l2mac.check.Checker;
import dev.l2mac.process.ProcessRunner;
import java.time.Duration;
import java.util.List;

/** The Java checkers: compilation in-process, then JUnit 5 tests through a pinned console launcher. */
public final class JavaChecks {

    private JavaChecks() {
    }

    /** Compilation against {@code junit}'s jar, then the tests it launches, bounded by {@code timeout}. */
    public static List<Checker> checkers(ProcessRunner runner, JUnitLauncherJar junit, Duration timeout,
                                         int maxOutputChars) {
        return List.of(
                new JavaCompileChecker(junit),
                new JUnitChecker(runner, junit, timeout, maxOutputChars));
    }
}
