package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code pytest_files}: runs {@code python -m pytest -q} on the given test files (or on every test when none are
 * given), after checking that each file exists. A test id such as {@code tests/test_a.py::test_one} is accepted.
 */
final class PytestFilesTool implements Tool {

    static final String NAME = "pytest_files";
    private static final String NODE_SEPARATOR = "::";
    private static final String EXAMPLE = "{\"files_to_test\": [\"tests/test_main.py\"]}";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Run pytest on test files and show the results. With no files given, run every test in the project.",
            """
            {"type": "object",
             "properties": {"files_to_test": {"type": "array", "items": {"type": "string"},
                 "description": "Test files to run, such as tests/test_main.py; omit to run all tests"}}}""");

    private final FileStore store;
    private final PythonRun python;

    PytestFilesTool(FileStore store, PythonRun python) {
        this.store = store;
        this.python = python;
    }

    /** Repeat-safe: tests are expected to leave the workspace as they found it, like the checks that run them. */
    @Override
    public boolean repeatSafe() {
        return true;
    }

    @Override
    public boolean mayChangeFiles() {
        return false;
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
        List<String> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            for (String file :
                    new LinkedHashSet<>(new Arguments(NAME, arguments).optionalStrings("files_to_test", EXAMPLE))) {
                target(file, problems).ifPresent(targets::add);
            }
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        }
        if (!problems.isEmpty()) {
            return new ToolResult.Error("No tests were run:\n- " + String.join("\n- ", problems)
                    + "\nFix the paths and call " + NAME + " again.");
        }
        List<String> command = new ArrayList<>(List.of("-m", "pytest", "-q"));
        command.addAll(targets);
        return python.runTests(command, PytestFilesTool::outcome);
    }

    /** The normalized test target, or empty after recording why the file cannot be tested. */
    private Optional<String> target(String file, List<String> problems) {
        int separator = file.indexOf(NODE_SEPARATOR);
        String path = separator < 0 ? file : file.substring(0, separator);
        String node = separator < 0 ? "" : file.substring(separator);
        try {
            String normalized = WorkspacePath.parse(path).value();
            RunPythonFileTool.requireFile(store, normalized);
            return Optional.of(normalized + node);
        } catch (MemoryException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** What pytest's documented exit codes mean, in words the model can act on. */
    static String outcome(int exitCode) {
        return switch (exitCode) {
            case 0 -> "all tests passed.";
            case 1 -> "some tests failed; see the failures below.";
            case 2 -> "the run was interrupted, often by an error while importing or collecting the tests.";
            case 3 -> "pytest hit an internal error.";
            case 4 -> "pytest was called wrongly; check the file paths.";
            case 5 -> "no tests were collected; test files must be named test_*.py and test functions test_*.";
            default -> "pytest ended unexpectedly.";
        };
    }
}
