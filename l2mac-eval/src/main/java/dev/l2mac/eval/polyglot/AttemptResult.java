package dev.l2mac.eval.polyglot;

import java.time.Duration;
import java.util.Map;

/**
 * One attempt at an exercise: the model's reply, the solution tested (the stubs, or the previous attempt's files,
 * when the reply's edits could not be taken) and how its tests ended.
 */
public record AttemptResult(
        int attempt, Reply reply, Map<String, String> solution, TestOutcome outcome, Duration testTime) {
    public AttemptResult {
        solution = Map.copyOf(solution);
    }
}
