package dev.l2mac.eval.polyglot;

import java.util.Optional;

/**
 * Has a model complete an exercise from its instructions and stub files, never its tests. A second attempt is
 * shown the failing test output of the first, as Aider's benchmark does. Never throws for what the model does.
 */
sealed interface PolyglotGenerator permits DirectPolyglotGenerator, L2macPolyglotGenerator {

    /** How the solutions are made, for reports: {@code direct} or {@code l2mac}. */
    String method();

    /** Attempt 1 when {@code retry} is empty; else the next attempt, after the failure it describes. */
    Reply attempt(PolyglotExercise exercise, Optional<Retry> retry);

    /** What a second attempt is shown: the end of the failing tests' output and the previous reply. */
    record Retry(String testOutput, Reply previous) {}
}
