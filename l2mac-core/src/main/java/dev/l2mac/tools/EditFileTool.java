package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.FileTooLargeException;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import dev.l2mac.tools.text.EditMatch;
import dev.l2mac.tools.text.EditMatcher;
import dev.l2mac.tools.text.Lines;
import dev.l2mac.tools.text.Rewrite;
import java.util.List;

/**
 * {@code edit_file}: replaces one exact piece of an existing file ({@link EditMatcher} says where, tolerating only
 * line endings, trailing whitespace and indentation, and only when it finds a single place), or with
 * {@code replace_all} every occurrence. The file is read and written whole through the store, like
 * {@code write_files}; its line breaks and final line break stay as they were.
 */
final class EditFileTool implements Tool {

    static final String NAME = "edit_file";
    static final String EMPTY_OLD_TEXT = NAME + " needs a non-empty 'old_text': the exact text to replace. To create"
            + " a file, or to rewrite one whole, use " + WriteFilesTool.NAME + ".";
    static final String SAME_TEXT = "'new_text' is the same as 'old_text', so the edit would change nothing; give in"
            + " 'new_text' the text as it should read after the edit.";
    static final String NEW_FILE_HINT =
            NAME + " changes existing files; to create a new file, use " + WriteFilesTool.NAME + ".";
    /** Most places listed when {@code old_text} matches several, and most replaced ranges listed in a result. */
    static final int MAX_LISTED = 10;
    /** Most of the closest lines shown when {@code old_text} is not found. */
    static final int MAX_SHOWN_LINES = 30;
    /** Most characters shown of each of those lines. */
    static final int MAX_SHOWN_CHARS = 240;

    private static final String EXAMPLE = "{\"file_path\": \"app/main.py\", \"old_text\": \"return a - b\\n\","
            + " \"new_text\": \"return a + b\\n\"}";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Replace a piece of an existing file: old_text must match the file's text exactly once (copy it from the"
                    + " file with a few lines around it, without view_files' line numbers), and new_text takes its"
                    + " place. Set replace_all to replace every occurrence. To create or rewrite a whole file, use "
                    + WriteFilesTool.NAME + ".",
            """
            {"type": "object",
             "properties": {"file_path": {"type": "string", "description": "Path relative to the project root"},
                            "old_text": {"type": "string", "description": "The exact text to replace"},
                            "new_text": {"type": "string", "description": "The text to put in its place"},
                            "replace_all": {"type": "boolean",
                                            "description": "Replace every occurrence (default false)"}},
             "required": ["file_path", "old_text", "new_text"]}""");

    private final FileStore store;

    EditFileTool(FileStore store) {
        this.store = store;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    private record Request(String path, String oldText, String newText, boolean all) {}

    @Override
    public ToolResult call(JsonNode arguments) {
        Request request;
        try {
            Arguments given = new Arguments(NAME, arguments);
            request = new Request(
                    given.string("file_path", EXAMPLE),
                    given.string("old_text", EXAMPLE),
                    given.string("new_text", EXAMPLE),
                    given.optionalBoolean("replace_all", false, EXAMPLE));
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        }
        if (request.oldText().isEmpty()) {
            return new ToolResult.Error(EMPTY_OLD_TEXT);
        }
        if (request.oldText().equals(request.newText())) {
            return new ToolResult.Error(SAME_TEXT);
        }
        String path;
        String content;
        try {
            path = WorkspacePath.parse(request.path()).value();
        } catch (MemoryException e) {
            return new ToolResult.Error(e.getMessage());
        }
        try {
            content = store.read(path);
        } catch (FileTooLargeException e) {
            return new ToolResult.Error(
                    e.getMessage() + " " + NAME + " reads and writes a file whole, so it cannot" + " change this one.");
        } catch (MemoryException e) {
            return new ToolResult.Error(e.getMessage() + (couldCreate(path) ? " " + NEW_FILE_HINT : ""));
        }
        return switch (EditMatcher.find(content, request.oldText(), request.all())) {
            case EditMatch.Found found -> write(path, content, found, request.newText());
            case EditMatch.Ambiguous ambiguous -> new ToolResult.Error(ambiguous(path, ambiguous));
            case EditMatch.Missing missing -> new ToolResult.Error(missing(path, missing));
        };
    }

    /** True when no file is at {@code path} but one could be written there: a missing file, not a refused path. */
    private boolean couldCreate(String path) {
        try {
            store.checkWrite(path, "");
            return !store.exists(path);
        } catch (MemoryException e) {
            return false;
        }
    }

    private ToolResult write(String path, String content, EditMatch.Found found, String newText) {
        Rewrite rewrite = Rewrite.of(content, found, newText);
        if (rewrite.content().equals(content)) {
            return new ToolResult.Error("The edit would leave '" + path + "' as it is: what 'old_text' matched"
                    + (found.rung() == EditMatch.Rung.EXACT
                            ? ""
                            : " (when " + found.rung().lenience() + ")")
                    + " already reads as 'new_text' in the file. If the file already says what you want, move on.");
        }
        try {
            store.write(path, rewrite.content());
        } catch (MemoryException e) {
            return new ToolResult.Error("Nothing was edited: " + e.getMessage());
        }
        List<Rewrite.Placed> placed = rewrite.placed();
        return new ToolResult.Ok("Edited " + path + ": replaced "
                + (placed.size() == 1 ? "1 occurrence" : placed.size() + " occurrences") + " ("
                + lines(placed.stream()
                        .map(at -> Lines.range(at.first(), at.last()))
                        .toList()) + ")."
                + switch (found.rung()) {
                    case EXACT -> "";
                    case LINE_ENDINGS, TRAILING_WHITESPACE ->
                        " 'old_text' matched only when " + found.rung().lenience() + ".";
                    case INDENTATION ->
                        " 'old_text' matched only when " + found.rung().lenience()
                                + "; 'new_text' was re-indented to the file's indentation.";
                });
    }

    private static String ambiguous(String path, EditMatch.Ambiguous ambiguous) {
        return "'old_text' matches " + ambiguous.lines().size() + " places in '" + path + "'"
                + (ambiguous.rung() == EditMatch.Rung.EXACT
                        ? ""
                        : " (when " + ambiguous.rung().lenience() + ")")
                + ", beginning at "
                + lines(ambiguous.lines().stream().map(String::valueOf).toList())
                + ". Include more of the surrounding lines in 'old_text'"
                + " so that it matches one place only, or set 'replace_all' to true to replace every one.";
    }

    private static String missing(String path, EditMatch.Missing missing) {
        String notFound = "'old_text' was not found in '" + path + "', not even ignoring line endings, trailing"
                + " whitespace and indentation.";
        String retry = "Copy the text exactly from the file (without the 'N| ' line numbers of a view) and call " + NAME
                + " again; view the file first if it may have changed.";
        if (missing.closest().isEmpty()) {
            return notFound + " No line of the file resembles it. " + retry;
        }
        List<String> shown =
                missing.closest().subList(0, Math.min(missing.closest().size(), MAX_SHOWN_LINES));
        int last = missing.firstLine() + shown.size() - 1;
        StringBuilder text = new StringBuilder(notFound)
                .append(shown.size() == 1 ? " The most similar line is " : " The most similar lines are ")
                .append(Lines.range(missing.firstLine(), last))
                .append(":\n");
        for (int i = 0; i < shown.size(); i++) {
            String line = shown.get(i);
            text.append(missing.firstLine() + i)
                    .append(PartViews.NUMBER_SEPARATOR)
                    .append(line.length() <= MAX_SHOWN_CHARS ? line : line.substring(0, MAX_SHOWN_CHARS) + " [cut]")
                    .append('\n');
        }
        return text.append(retry).toString();
    }

    /**
     * {@code line 3} or {@code lines 3-4, 10 and 17}: each distinct range once, at most {@value #MAX_LISTED}, the rest
     * counted.
     */
    private static String lines(List<String> ranges) {
        List<String> items = ranges.stream().distinct().toList();
        boolean one = items.size() == 1 && !items.getFirst().contains("-");
        return (one ? "line " : "lines ") + listed(items);
    }

    private static String listed(List<String> items) {
        if (items.size() > MAX_LISTED) {
            return String.join(", ", items.subList(0, MAX_LISTED)) + " and " + (items.size() - MAX_LISTED) + " more";
        }
        return items.size() == 1
                ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
