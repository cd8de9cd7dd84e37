package dev.l2mac.eval;

import java.time.Duration;
import java.util.Optional;

/** Receives a snapshot after every finished sample; called from worker threads, one call at a time. */
@FunctionalInterface
public interface EvalProgress {
    EvalProgress NONE = snapshot -> {};

    void update(Snapshot snapshot);

    /**
     * Where an evaluation stands.
     *
     * @param remaining the estimated time left (elapsed time per finished sample times the samples left), absent
     *                  before the first sample finished
     */
    record Snapshot(
            int done,
            int total,
            int passed,
            Duration elapsed,
            Optional<Duration> remaining,
            String lastProblem,
            Verdict lastVerdict) {

        static Snapshot of(int done, int total, int passed, Duration elapsed, String lastProblem, Verdict last) {
            Optional<Duration> remaining = done == 0
                    ? Optional.empty()
                    : Optional.of(elapsed.multipliedBy(total - done).dividedBy(done));
            return new Snapshot(done, total, passed, elapsed, remaining, lastProblem, last);
        }
    }
}
