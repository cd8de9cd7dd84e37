package dev.l2mac.check;

import java.time.Duration;
import java.util.List;

/** The outcome of one checker. Only {@link Passed} is a pass; the set is closed. */
public sealed interface CheckReport {

    String checker();

    /** Everything is fine; {@code summary} says what was checked (for example "12 tests passed"). */
    record Passed(String checker, String summary) implements CheckReport {
    }

    /** Problems found, each located where possible. */
    record Failed(String checker, List<Finding> findings) implements CheckReport {
        public Failed {
            findings = List.copyOf(findings);
            if (findings.isEmpty()) {
                throw new IllegalArgumentException("a failed check needs at least one finding");
            }
        }
    }

    /** The check did not finish within {@code after}; whatever it printed is in {@code output}. */
    record TimedOut(String checker, Duration after, String output) implements CheckReport {
    }

    /** The check could not run at all (tool missing, nothing to check); not a failure of the code. */
    record Unavailable(String checker, String reason) implements CheckReport {
    }
}
