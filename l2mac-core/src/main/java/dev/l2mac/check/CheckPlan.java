package dev.l2mac.check;

import dev.l2mac.process.ProcessRunner;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which checks a run wants: the languages whose checkers may run (each only when the workspace has its files), the
 * user's own command checks, and the bounds every check runs within.
 *
 * @param languages      languages to check; empty with no commands means no checks at all ({@code --no-checks})
 * @param commands       the user's command checks, run after the language checks
 * @param timeout        longest one check may run
 * @param maxOutputChars most characters of process output one check keeps
 */
public record CheckPlan(Set<Language> languages, List<CommandCheck> commands, Duration timeout, int maxOutputChars) {

    public CheckPlan {
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
        commands = List.copyOf(commands);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the check timeout must be positive, was " + timeout);
        }
        if (maxOutputChars <= 0) {
            throw new IllegalArgumentException("maxOutputChars must be positive, was " + maxOutputChars);
        }
    }

    /** Every language this machine can check, no command checks. */
    public static CheckPlan allLanguages(Duration timeout, int maxOutputChars) {
        return new CheckPlan(EnumSet.allOf(Language.class), List.of(), timeout, maxOutputChars);
    }

    /** True when nothing is to be checked. */
    public boolean isEmpty() {
        return languages.isEmpty() && commands.isEmpty();
    }

    /** What the checkers of this plan run commands with: {@code runner}, within this plan's limits. */
    public CheckContext context(ProcessRunner runner) {
        return new CheckContext(runner, timeout, maxOutputChars);
    }
}
