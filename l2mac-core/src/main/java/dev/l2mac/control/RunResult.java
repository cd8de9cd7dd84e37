package dev.l2mac.control;

import dev.l2mac.llm.Usage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a run produced: its id, whether it completed, why not, where the output is, the files it holds, and the
 * tokens and US dollars spent.
 */
public record RunResult(String runId, Status status, String reason, Path workspace, List<String> files,
                        int instructionsCompleted, Usage usage, double costUsd) {

    /**
     * {@code MODEL_FAILED}: the model could not be asked (authentication, unknown model, retries exhausted);
     * {@code BUDGET_REACHED}: the next request could have crossed a budget, so the run stopped before it.
     */
    public enum Status { COMPLETED, FAILED, MODEL_FAILED, BUDGET_REACHED }

    public RunResult {
        Objects.requireNonNull(status, "status");
        files = List.copyOf(files);
        reason = reason == null ? "" : reason;
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }
}
