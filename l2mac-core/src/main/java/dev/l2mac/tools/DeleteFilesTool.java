package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** {@code delete_files}: deletes files and says which were deleted, which did not exist and which were refused. */
final class DeleteFilesTool implements Tool {

    static final String NAME = "delete_files";
    private static final String EXAMPLE = "{\"files\": [\"app/old_module.py\"]}";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME, "Delete files from the project. Give each file's path relative to the project root.", """
            {"type": "object",
             "properties": {"files": {"type": "array", "items": {"type": "string"},
                                      "description": "Paths of the files to delete, such as app/old_module.py"}},
             "required": ["files"]}""");

    private final FileStore store;

    DeleteFilesTool(FileStore store) {
        this.store = store;
    }

    /** Repeat-safe: a file deleted twice is as gone as one deleted once. */
    @Override
    public boolean repeatSafe() {
        return true;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        List<String> files;
        try {
            files = new Arguments(NAME, arguments).strings("files", EXAMPLE);
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        }
        List<String> deleted = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String file : new LinkedHashSet<>(files)) {
            try {
                (store.delete(file) ? deleted : missing).add("'" + file + "'");
            } catch (MemoryException e) {
                refused.add(e.getMessage());
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(deleted.isEmpty() ? "No files were deleted." : "Deleted: " + String.join(", ", deleted) + ".");
        if (!missing.isEmpty()) {
            text.append("\nDid not exist (nothing to delete): ")
                    .append(String.join(", ", missing))
                    .append('.');
        }
        for (String refusal : refused) {
            text.append("\nNot deleted: ").append(refusal);
        }
        return refused.isEmpty() ? new ToolResult.Ok(text.toString()) : new ToolResult.Error(text.toString());
    }
}
