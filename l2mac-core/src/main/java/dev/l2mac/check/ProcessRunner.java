package dev.l2mac.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs a command to completion or timeout; the only way generated code is executed. */
public interface ProcessRunner {

    /**
     * Runs {@code command} in {@code directory}; on timeout kills the whole process tree. Output (stdout and stderr
     * merged) is capped at {@code maxOutputChars}, with a note of what was cut.
     */
    ProcessResult run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
                      int maxOutputChars);

    /**
     * How a command ended.
     *
     * @param exitCode  the exit code, or -1 when it timed out or could not start
     * @param timedOut  true when the timeout killed it
     * @param output    merged stdout and stderr, capped
     * @param truncated true when output was cut
     */
    record ProcessResult(int exitCode, boolean timedOut, String output, boolean truncated) {
        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }
    }
}
