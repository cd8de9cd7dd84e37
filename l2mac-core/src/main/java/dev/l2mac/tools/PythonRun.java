package dev.l2mac.tools;

import dev.l2mac.deps.DependencyCache;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Runs the Python interpreter, or another command, in the workspace for a tool, with the packages of its
 * {@link DependencyCache} importable, and turns the outcome into the tool's result. A timeout is
 * a result the model must act on, so it comes back as {@link ToolResult.Ok} whose text starts with "TIMED OUT".
 */
final class PythonRun {

    static final String TIMED_OUT = "TIMED OUT";

    private final ProcessRunner runner;
    private final ToolSettings settings;
    private final @Nullable Path workspace;

    /** {@code workspace} may be null: the files live only in memory, and every run is refused. */
    PythonRun(ProcessRunner runner, ToolSettings settings, @Nullable Path workspace) {
        this.runner = runner;
        this.settings = settings;
        this.workspace = workspace;
    }

    /** Refuses the call when there is nowhere to run; empty when running is possible. */
    Optional<ToolResult.Error> unavailable(String tool) {
        return workspace != null
                ? Optional.empty()
                : Optional.of(
                        new ToolResult.Error(
                                tool
                                        + " needs the project on disk, but this run keeps its files in memory only, so nothing can be run."
                                        + " Continue by writing and viewing files, and call sub_task_step_complete when the step is done."));
    }

    /** Runs {@code python <arguments>}; {@code outcome} describes an exit code for the model. */
    ToolResult run(List<String> arguments, IntFunction<String> outcome) {
        List<String> command = new ArrayList<>();
        command.add(settings.pythonCommand());
        command.addAll(arguments);
        return command(command, String.join(" ", command), outcome);
    }

    /** Runs tests with {@code python <arguments>}: a run that finished is {@link ToolResult.TestsRan}, passed on 0. */
    ToolResult runTests(List<String> arguments, IntFunction<String> outcome) {
        List<String> command = new ArrayList<>();
        command.add(settings.pythonCommand());
        command.addAll(arguments);
        return command(
                command,
                String.join(" ", command),
                outcome,
                (text, exitCode) -> new ToolResult.TestsRan(text, exitCode == 0));
    }

    /** Runs {@code command}, shown to the model as {@code shown}; {@code outcome} describes an exit code. */
    ToolResult command(List<String> command, String shown, IntFunction<String> outcome) {
        return command(command, shown, outcome, (text, exitCode) -> new ToolResult.Ok(text));
    }

    private ToolResult command(
            List<String> command,
            String shown,
            IntFunction<String> outcome,
            BiFunction<String, Integer, ToolResult> finished) {
        Path directory = Objects.requireNonNull(workspace, "a tool asks unavailable() before it runs anything");
        ProcessResult result = runner.run(
                List.copyOf(command),
                directory,
                DependencyCache.of(directory).pythonEnvironment(),
                settings.runTimeout(),
                settings.toolOutputMaxChars());
        String output = output(result);
        return switch (result) {
            case ProcessResult.TimedOut timedOut ->
                new ToolResult.Ok(TIMED_OUT + " after " + seconds() + ": `" + shown
                        + "` did not finish in time and was stopped. Look for an infinite loop, a call waiting for input,"
                        + " or a server that never exits; fix it, then run again.\nOutput before it was stopped:\n"
                        + output);
            case ProcessResult.CouldNotStart notStarted ->
                new ToolResult.Error("Could not run `" + shown + "`: the process did not start (is "
                        + command.getFirst() + " installed?).\n" + output);
            case ProcessResult.Exited exited ->
                finished.apply(
                        "Exit code " + exited.exitCode() + ": " + outcome.apply(exited.exitCode()) + "\n" + output,
                        exited.exitCode());
        };
    }

    private String output(ProcessResult result) {
        String output = result.output().isEmpty() ? "(no output)" : result.output();
        return result.truncated()
                ? output + "\n[output cut to " + settings.toolOutputMaxChars() + " characters]"
                : output;
    }

    private String seconds() {
        long seconds = settings.runTimeout().toSeconds();
        return seconds >= 1 ? seconds + " seconds" : settings.runTimeout().toMillis() + " ms";
    }
}
