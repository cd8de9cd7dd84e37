package dev.l2mac.check;

import dev.l2mac.process.ProcessRunner;
import java.time.Duration;
import java.util.Objects;

/**
 * What every checker that runs commands is given: the runner generated code goes through, how long one check may
 * take, and how much of a command's output it keeps ({@link CheckPlan#context} gives those of a plan).
 */
public record CheckContext(ProcessRunner runner, Duration timeout, int maxOutputChars) {

    public CheckContext {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(timeout, "timeout");
    }
}
