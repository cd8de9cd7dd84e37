package dev.l2mac.eval;

import java.util.Objects;

/**
 * One benchmark problem: what the model is shown, the function it must define, the dataset's reference solution
 * as a whole program, and the test code that, appended to a candidate program, exercises it and fails by raising.
 */
public record Problem(String id, String prompt, String entryPoint, String canonicalSolution, String test) {
    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(canonicalSolution, "canonicalSolution");
        Objects.requireNonNull(test, "test");
    }
}
