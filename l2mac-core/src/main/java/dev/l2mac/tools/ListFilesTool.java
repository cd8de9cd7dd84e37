package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import java.util.List;
import java.util.Optional;

/**
 * {@code list_files}: lists the project's files (or one folder's) with their line counts, within a size cap. Each
 * listed file is summarised in pieces ({@link FileStore#summary}), never read whole.
 */
final class ListFilesTool implements ReadingTool {

    static final String NAME = "list_files";
    private static final String EXAMPLE = "{\"folder_path\": \"app\"}";

    private static final ToolSpec SPEC =
            new ToolSpec(NAME, "List the files in the project, or in one folder of it, with their line counts.", """
            {"type": "object",
             "properties": {"folder_path": {"type": "string",
                 "description": "Optional folder to list, relative to the project root, such as app; omit for all"}}}""");

    private final FileStore store;
    private final int maxChars;

    ListFilesTool(FileStore store, int maxChars) {
        this.store = store;
        this.maxChars = maxChars;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        String folder;
        try {
            folder = folder(new Arguments(NAME, arguments).optionalString("folder_path", EXAMPLE));
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        } catch (MemoryException e) {
            return new ToolResult.Error(e.getMessage());
        }
        List<String> paths =
                store.list().stream().filter(path -> inside(path, folder)).toList();
        String where = folder.isEmpty() ? "the project" : "'" + folder + "/'";
        if (paths.isEmpty()) {
            return new ToolResult.Ok(
                    folder.isEmpty()
                            ? "The project has no files yet."
                            : "There are no files in " + where + "; call " + NAME
                                    + " without folder_path to see all files.");
        }
        StringBuilder text = new StringBuilder(paths.size() == 1 ? "1 file" : paths.size() + " files")
                .append(" in ")
                .append(where)
                .append(":\n");
        for (int i = 0; i < paths.size(); i++) {
            String line = paths.get(i) + " (" + describe(paths.get(i)) + ")\n";
            String more = "[... and " + (paths.size() - i) + " more files not listed; pass folder_path to list one"
                    + " folder at a time.]\n";
            if (text.length() + line.length() + more.length() > maxChars && i < paths.size() - 1
                    || text.length() + line.length() > maxChars) {
                return new ToolResult.Ok(text.append(more).toString());
            }
            text.append(line);
        }
        return new ToolResult.Ok(text.toString());
    }

    /** The folder to list, normalized; empty for the whole project. */
    private static String folder(Optional<String> requested) throws MemoryException {
        String trimmed = requested.orElse("").strip().replaceAll("[/\\\\]+$", "");
        return trimmed.isEmpty() || trimmed.equals(".")
                ? ""
                : WorkspacePath.parse(trimmed).value();
    }

    private static boolean inside(String path, String folder) {
        return folder.isEmpty() || path.startsWith(folder + "/");
    }

    /** The file's line count, or that it is binary; a file gone since listing says so. */
    private String describe(String path) {
        try {
            return store.summary(path).describe();
        } catch (MemoryException e) {
            return "unreadable now";
        }
    }
}
