package dev.l2mac.check.java;

import dev.l2mac.check.CheckContext;
import dev.l2mac.check.Checker;
import java.util.List;

/** The Java checkers: compilation in-process, then JUnit 5 tests through a pinned console launcher. */
public final class JavaChecks {

    private JavaChecks() {}

    /** Compilation against {@code junit}'s jar, then the tests it launches. */
    public static List<Checker> checkers(CheckContext context, JUnitLauncherJar junit) {
        return List.of(
                new JavaCompileChecker(junit),
                new JUnitChecker(context.runner(), junit, context.timeout(), context.maxOutputChars()));
    }
}
