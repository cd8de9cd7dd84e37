package dev.l2mac.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One benchmark problem: what the model is shown, the function it must define, the dataset's reference solution
 * as a whole program, and the test code that, appended to a candidate program, exercises it and fails by raising.
 * When {@code outputs} is present the candidate is judged by its outputs instead and {@code test} is not run.
 */
public record Problem(
        String id,
        String prompt,
        String entryPoint,
        String canonicalSolution,
        String test,
        Optional<OutputOracle> outputs) {
    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(canonicalSolution, "canonicalSolution");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(outputs, "outputs");
    }

    /** A problem judged by its test program. */
    public Problem(String id, String prompt, String entryPoint, String canonicalSolution, String test) {
        this(id, prompt, entryPoint, canonicalSolution, test, Optional.empty());
    }

    /** This problem, judged by its outputs under {@code oracle}. */
    public Problem judgedBy(OutputOracle oracle) {
        return new Problem(id, prompt, entryPoint, canonicalSolution, test, Optional.of(oracle));
    }
}
