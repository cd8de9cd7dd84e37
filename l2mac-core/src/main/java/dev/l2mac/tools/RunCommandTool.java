package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import java.util.List;
import java.util.Optional;

/**
 * {@code run_command}: runs one shell command line in the workspace, as generated code runs (in the sandbox when
 * there is one: no network, only the workspace writable), and returns its exit code and output.
 */
final class RunCommandTool implements Tool {

    static final String NAME = "run_command";
    /** The shell that interprets the command line, as a terminal would. */
    static final List<String> SHELL = List.of("/bin/sh", "-c");
    /** Longest command line accepted; a longer one belongs in a script file. */
    static final int MAX_COMMAND_CHARS = 4_000;

    private static final String EXAMPLE = "{\"command\": \"mvn -o -q test\"}";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Run a shell command in the project folder (no network; only the project is writable) and show its exit"
                    + " code and output, e.g. to build, run a program or run tests of any language.",
            """
            {"type": "object",
             "properties": {"command": {"type": "string",
                 "description": "The command line, run by /bin/sh in the project root, e.g. node --test"}},
             "required": ["command"]}""");

    private final PythonRun process;

    RunCommandTool(PythonRun process) {
        this.process = process;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        Optional<ToolResult.Error> unavailable = process.unavailable(NAME);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        String line;
        try {
            line = new Arguments(NAME, arguments).string("command", EXAMPLE).strip();
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        }
        if (line.isEmpty()) {
            return new ToolResult.Error(
                    NAME + " argument 'command' is empty; give a command line, for example " + EXAMPLE + ".");
        }
        if (line.length() > MAX_COMMAND_CHARS) {
            return new ToolResult.Error(NAME + " argument 'command' is " + line.length() + " characters long, more"
                    + " than the " + MAX_COMMAND_CHARS + " allowed; write the commands into a script file with"
                    + " write_files and run that.");
        }
        List<String> command = new java.util.ArrayList<>(SHELL);
        command.add(line);
        return process.command(command, line, RunCommandTool::outcome);
    }

    private static String outcome(int exitCode) {
        return switch (exitCode) {
            case 0 -> "the command succeeded.";
            case 126 -> "the command was found but could not be executed (is the file executable?).";
            case 127 -> "the command was not found; check its spelling, or whether the tool is installed.";
            default -> "the command failed; read its output below.";
        };
    }
}
