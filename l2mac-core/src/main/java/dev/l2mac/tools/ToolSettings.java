package dev.l2mac.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bounds and environment the tools work with, taken from the run's limits by the caller.
 *
 * @param viewMaxChars       most characters {@code view_files} and {@code list_files} return in one call
 * @param toolOutputMaxChars most characters of process output {@code pytest_files} and {@code run_python_file}
 *                           return
 * @param runTimeout         longest one Python run may take before it is killed
 * @param pythonCommand      the Python interpreter to run, such as {@value #DEFAULT_PYTHON_COMMAND}
 * @param workspace          the directory Python runs in; {@code null} when files live only in memory, which
 *                           makes the run tools refuse
 */
public record ToolSettings(
        int viewMaxChars,
        int toolOutputMaxChars,
        Duration runTimeout,
        String pythonCommand,
        @Nullable Path workspace) {

    public static final String DEFAULT_PYTHON_COMMAND = "python3";

    public ToolSettings {
        if (viewMaxChars <= 0) {
            throw new IllegalArgumentException("viewMaxChars must be positive, was " + viewMaxChars);
        }
        if (toolOutputMaxChars <= 0) {
            throw new IllegalArgumentException("toolOutputMaxChars must be positive, was " + toolOutputMaxChars);
        }
        Objects.requireNonNull(runTimeout, "runTimeout");
        if (runTimeout.isZero() || runTimeout.isNegative()) {
            throw new IllegalArgumentException("runTimeout must be positive, was " + runTimeout);
        }
        if (pythonCommand == null || pythonCommand.isBlank()) {
            throw new IllegalArgumentException(
                    "pythonCommand must name an interpreter, such as " + DEFAULT_PYTHON_COMMAND);
        }
    }

    /** Settings that run {@value #DEFAULT_PYTHON_COMMAND}. */
    public static ToolSettings of(int viewMaxChars, int toolOutputMaxChars, Duration runTimeout, Path workspace) {
        return new ToolSettings(viewMaxChars, toolOutputMaxChars, runTimeout, DEFAULT_PYTHON_COMMAND, workspace);
    }

    public ToolSettings withWorkspace(Path directory) {
        return new ToolSettings(viewMaxChars, toolOutputMaxChars, runTimeout, pythonCommand, directory);
    }
}
