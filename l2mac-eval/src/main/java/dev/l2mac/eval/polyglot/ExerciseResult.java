package dev.l2mac.eval.polyglot;

import java.util.List;

/** An exercise's attempts, in order; attempts stop at the first pass. */
public record ExerciseResult(String exercise, List<AttemptResult> attempts) {
    public ExerciseResult {
        attempts = List.copyOf(attempts);
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException("an exercise result needs at least one attempt");
        }
    }

    /** True when some attempt among the first {@code count} passed. */
    public boolean passedWithin(int count) {
        return attempts.stream()
                .limit(count)
                .anyMatch(attempt -> attempt.outcome().passed());
    }

    /** The last attempt's outcome: the exercise's verdict. */
    public TestOutcome outcome() {
        return attempts.getLast().outcome();
    }
}
