package dev.l2mac.control;

import dev.l2mac.llm.Usage;
import dev.l2mac.run.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a run produced: its id, whether it completed, why not, where the output is, the files it holds, and the
 * tokens and US dollars spent.
 */
public record RunResult(
        String runId,
        RunStatus status,
        String reason,
        Path workspace,
        List<String> files,
        int instructionsCompleted,
        Usage usage,
        double costUsd) {

    public RunResult {
        Objects.requireNonNull(status, "status");
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("a run's result is how it ended, never " + status.written());
        }
        files = List.copyOf(files);
        reason = reason == null ? "" : reason;
    }

    public boolean completed() {
        return status == RunStatus.COMPLETED;
    }
}
