package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.FileTooLargeException;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code run_python_file}: runs {@code python <file> <arguments...>} in the workspace and returns exit code and output. */
final class RunPythonFileTool implements Tool {

    static final String NAME = "run_python_file";
    private static final String EXAMPLE = "{\"file_name_to_run\": \"app/main.py\", \"arguments\": [\"--help\"]}";

    private static final ToolSpec SPEC =
            new ToolSpec(NAME, "Run a Python file with python3 and show its exit code and output.", """
            {"type": "object",
             "properties": {"file_name_to_run": {"type": "string",
                                "description": "Path of the file to run, relative to the project root"},
                            "arguments": {"type": "array", "items": {"type": "string"},
                                "description": "Optional command-line arguments"}},
             "required": ["file_name_to_run"]}""");

    private final FileStore store;
    private final PythonRun python;

    RunPythonFileTool(FileStore store, PythonRun python) {
        this.store = store;
        this.python = python;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        Optional<ToolResult.Error> unavailable = python.unavailable(NAME);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        List<String> command = new ArrayList<>();
        try {
            Arguments args = new Arguments(NAME, arguments);
            String file = WorkspacePath.parse(args.string("file_name_to_run", EXAMPLE))
                    .value();
            requireFile(store, file);
            command.add(file);
            command.addAll(args.optionalStrings("arguments", EXAMPLE));
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        } catch (MemoryException e) {
            return new ToolResult.Error(e.getMessage());
        }
        return python.run(command, RunPythonFileTool::outcome);
    }

    /** Refuses what reading {@code file} refuses, except its size: a file too large to read whole still runs. */
    static void requireFile(FileStore store, String file) throws MemoryException {
        try {
            store.read(file);
        } catch (FileTooLargeException large) {
            // it exists and is a file; the interpreter reads it, not this process
        }
    }

    private static String outcome(int exitCode) {
        return exitCode == 0
                ? "the program finished normally."
                : "the program failed; read the output (and any traceback) below.";
    }
}
