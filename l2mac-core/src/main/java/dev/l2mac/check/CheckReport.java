package dev.l2mac.check;

import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of one checker; the set is closed. {@link Passed} and {@link Unavailable} pass: a check that could not
 * run is not a failure of the code. {@link Failed} and {@link TimedOut} fail. Environment notes say something about
 * the machine the checks run on (a package declared but not installed, a missing tool): they never fail a check and
 * never hold an instruction, since the model cannot act on them.
 */
public sealed interface CheckReport {

    /**
     * The report of the checker {@code name} on a command that ended as {@code result}: {@code judge} reads one that
     * exited; one the timeout killed timed out; one that could not start leaves the check unavailable.
     */
    static CheckReport ofRun(
            String name, Duration timeout, ProcessResult result, Function<ProcessResult.Exited, CheckReport> judge) {
        return switch (result) {
            case ProcessResult.Exited exited -> judge.apply(exited);
            case ProcessResult.TimedOut timedOut -> new TimedOut(name, timeout, timedOut.output());
            case ProcessResult.CouldNotStart notStarted -> new Unavailable(name, notStarted.reason());
        };
    }

    String checker();

    /** Notes about the environment, each a {@link Finding.Severity#NOTE}; never a reason to fail. */
    default List<Finding> notes() {
        return List.of();
    }

    /** Everything is fine; {@code summary} says what was checked (for example "12 tests passed"). */
    record Passed(String checker, String summary, List<Finding> notes) implements CheckReport {
        public Passed {
            notes = Finding.notesOnly(notes);
        }

        public Passed(String checker, String summary) {
            this(checker, summary, List.of());
        }
    }

    /**
     * Problems in the code, each located where possible, and notes about the environment; {@code leftOut} counts the
     * problems that were there before the run began, left out of {@code findings} because they are not the run's.
     */
    record Failed(String checker, List<Finding> findings, List<Finding> notes, int leftOut) implements CheckReport {
        public Failed {
            findings = List.copyOf(findings);
            notes = Finding.notesOnly(notes);
            if (findings.isEmpty()) {
                throw new IllegalArgumentException("a failed check needs at least one finding");
            }
            if (leftOut < 0) {
                throw new IllegalArgumentException("no count of problems left out is negative: " + leftOut);
            }
            if (findings.stream().anyMatch(Finding::aboutEnvironment)) {
                throw new IllegalArgumentException("a note about the environment is not a finding; pass it as a note");
            }
        }

        public Failed(String checker, List<Finding> findings, List<Finding> notes) {
            this(checker, findings, notes, 0);
        }

        public Failed(String checker, List<Finding> findings) {
            this(checker, findings, List.of());
        }
    }

    /** The check did not finish within {@code after}; whatever it printed is in {@code output}. */
    record TimedOut(String checker, Duration after, String output) implements CheckReport {}

    /**
     * The check could not run at all, for a reason in the environment (a tool or package missing, the sandbox
     * refused, nothing to check); not a failure of the code, and a pass.
     */
    record Unavailable(String checker, String reason) implements CheckReport {}
}
