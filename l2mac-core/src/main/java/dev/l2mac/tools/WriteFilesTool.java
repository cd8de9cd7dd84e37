package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.IgnoreRules;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import dev.l2mac.tools.text.Lines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code write_files}: creates or replaces whole files. All files are validated before any is written, so a call
 * either writes every file or none (short of a disk failure midway, which the result reports).
 */
final class WriteFilesTool implements Tool {

    static final String NAME = "write_files";
    static final String FILES = "list_of_file_objects";
    /** The reference implementation's earlier name for {@link #FILES}, accepted so that its recorded runs replay. */
    static final String LEGACY_FILES = "files_and_contents";
    /** Most hidden files named in the note of a write; the rest are counted. */
    static final int MAX_HIDDEN_NAMED = 10;

    private static final String EXAMPLE =
            "{\"list_of_file_objects\": [{\"file_path\": \"app/main.py\", \"file_contents\": \"print('hi')\\n\"}]}";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Write one or more files into the project. Each file is written whole: always give the complete file"
                    + " contents, never a fragment or a diff.",
            """
            {"type": "object",
             "properties": {"list_of_file_objects": {"type": "array", "items": {"type": "object",
                 "properties": {"file_path": {"type": "string", "description": "Path relative to the project root"},
                                "file_contents": {"type": "string", "description": "The complete file contents"}},
                 "required": ["file_path", "file_contents"]}}},
             "required": ["list_of_file_objects"]}""");

    private final FileStore store;

    WriteFilesTool(FileStore store) {
        this.store = store;
    }

    /** Repeat-safe: every file is written whole, so a second write leaves the same content. */
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
        List<JsonNode> items;
        try {
            String key = !arguments.has(FILES) && arguments.has(LEGACY_FILES) ? LEGACY_FILES : FILES;
            items = new Arguments(NAME, arguments).objects(key, EXAMPLE);
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        List<Pending> pending = validate(items, problems);
        if (!problems.isEmpty()) {
            return new ToolResult.Error("Nothing was written, because "
                    + (problems.size() == 1 ? "one file was" : problems.size() + " files were")
                    + " refused. Fix these and call " + NAME
                    + " again with all the files:\n- " + String.join("\n- ", problems));
        }
        return write(pending);
    }

    private List<Pending> validate(List<JsonNode> items, List<String> problems) {
        List<Pending> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode path = items.get(i).get("file_path");
            JsonNode contents = items.get(i).get("file_contents");
            if (path == null || !path.isTextual() || contents == null || !contents.isTextual()) {
                problems.add("item " + (i + 1) + " must have a string 'file_path' and a string 'file_contents', but"
                        + " has 'file_path' as " + kind(path) + " and 'file_contents' as " + kind(contents) + ".");
                continue;
            }
            try {
                String normalized = WorkspacePath.parse(path.textValue()).value();
                store.checkWrite(normalized, contents.textValue());
                if (!seen.add(normalized)) {
                    problems.add("'" + normalized + "' appears more than once; give each file once.");
                    continue;
                }
                pending.add(new Pending(normalized, contents.textValue()));
            } catch (MemoryException e) {
                problems.add(e.getMessage());
            }
        }
        return pending;
    }

    private ToolResult write(List<Pending> pending) {
        List<String> written = new ArrayList<>();
        for (Pending file : pending) {
            try {
                boolean existed = store.exists(file.path());
                store.write(file.path(), file.contents());
                written.add(file.path() + " (" + (existed ? "updated" : "new") + ", "
                        + Lines.describe(Lines.count(file.contents())) + ")");
            } catch (MemoryException e) {
                List<String> notWritten = pending.subList(written.size(), pending.size()).stream()
                        .map(Pending::path)
                        .toList();
                return new ToolResult.Error("Writing stopped: " + e.getMessage() + "\nWritten before the failure: "
                        + (written.isEmpty() ? "none" : String.join(", ", written)) + ".\nNot written: "
                        + String.join(", ", notWritten) + ".");
            }
        }
        return new ToolResult.Ok("Wrote " + (written.size() == 1 ? "1 file" : written.size() + " files") + ":\n- "
                + String.join("\n- ", written) + hiddenNote(pending));
    }

    /**
     * Says which files of the project a {@code .gitignore} hides from git: the ones just written and, when a
     * {@code .gitignore} was among them, every file written before. They are committed all the same.
     */
    private String hiddenNote(List<Pending> pending) {
        if (store.root().isEmpty()) {
            return "";
        }
        Path root = store.root().get();
        Set<String> candidates = new TreeSet<>();
        pending.forEach(file -> candidates.add(file.path()));
        if (pending.stream().anyMatch(file -> file.path().endsWith(IgnoreRules.FILE_NAME))) {
            candidates.addAll(store.writtenPaths());
        }
        List<String> hidden = new ArrayList<>();
        IgnoreRules.hidingAll(root, candidates).forEach((path, rule) -> hidden.add(path + " (" + rule + ")"));
        if (hidden.isEmpty()) {
            return "";
        }
        String named = hidden.stream().limit(MAX_HIDDEN_NAMED).collect(Collectors.joining("\n- "));
        String more = hidden.size() > MAX_HIDDEN_NAMED ? "\n- and " + (hidden.size() - MAX_HIDDEN_NAMED) + " more" : "";
        return "\nNote: git ignores " + (hidden.size() == 1 ? "this file" : "these files") + " of the project:\n- "
                + named + more + "\nThey are committed all the same, as everything written with " + NAME
                + " is. If a rule is wider than meant, narrow it in its .gitignore; if a file should not be part of"
                + " the project, delete it.";
    }

    private static String kind(JsonNode value) {
        return value == null ? "missing" : Arguments.kind(value);
    }

    private record Pending(String path, String contents) {}
}
