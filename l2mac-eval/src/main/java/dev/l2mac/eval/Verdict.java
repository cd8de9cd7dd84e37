package dev.l2mac.eval;

import java.time.Duration;

/** How one candidate fared against its problem's tests; only {@link Passed} counts as a pass. */
public sealed interface Verdict {

    /** The test program ran to its end and exited with status 0. */
    record Passed() implements Verdict {}

    /** The test program raised, exited early or with a non-zero status; {@code detail} is the end of its output. */
    record Failed(String detail) implements Verdict {}

    /** The test program was still running at the per-problem timeout and was killed. */
    record TimedOut(Duration limit) implements Verdict {}

    /** There was nothing to run: the model produced no candidate. */
    record NotRun(String reason) implements Verdict {}

    default boolean passed() {
        return this instanceof Passed;
    }

    /** A short name for reports: passed, failed, timed-out or not-run. */
    default String label() {
        return switch (this) {
            case Passed p -> "passed";
            case Failed f -> "failed";
            case TimedOut t -> "timed-out";
            case NotRun n -> "not-run";
        };
    }
}
