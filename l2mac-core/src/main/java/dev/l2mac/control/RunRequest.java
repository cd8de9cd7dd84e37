package dev.l2mac.control;

import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptProgram;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run to make: the domain and task, the prompt program when the user supplied one (otherwise it is
 * bootstrapped), the workspace whose {@code .l2mac/runs} folder records the run, and the settings to record
 * (without secrets).
 */
public record RunRequest(
        Domain domain, String task, Optional<PromptProgram> program, Path workspace, Map<String, Object> settings) {
    public RunRequest {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(workspace, "workspace");
        program = program == null ? Optional.empty() : program;
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        if (task.isBlank()) {
            throw new IllegalArgumentException("the task is empty; say what to build");
        }
    }
}
