package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.check.Language;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.map.Outline;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code outline_files}: each file's classes, functions and methods with their lines, nested by indentation, for
 * Python, Java, JavaScript and TypeScript ({@link Outline}), within {@code viewMaxChars} in total. A file of another
 * language gets a line saying which languages are outlined; a file the store refuses gets the store's reason, and
 * the other files are still outlined.
 */
final class OutlineFilesTool implements ReadingTool {

    static final String NAME = "outline_files";
    static final String OTHER_LANGUAGE =
            "Outlines cover Python, Java, JavaScript and TypeScript files only; view this file with view_files.";
    static final String UNAVAILABLE = "Outlines are unavailable on this machine (tree-sitter's native library does"
            + " not load here); view the file with view_files.";
    static final String SYNTAX_ERRORS = "[The file has syntax errors; this outline may miss definitions near them.]";
    static final String NOTHING_DEFINED = "(no classes, functions or methods)";

    private static final String EXAMPLE = "{\"files\": [\"app/main.py\", \"src/App.java\"]}";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Show the classes, functions and methods of source files with their line ranges, nested by"
                    + " indentation; view a range with view_files 'path:START-END'.",
            """
            {"type": "object",
             "properties": {"files": {"type": "array", "items": {"type": "string"},
                                      "description": "Paths relative to the project root"}},
             "required": ["files"]}""");

    private final FileStore store;
    private final int maxChars;

    OutlineFilesTool(FileStore store, int maxChars) {
        this.store = store;
        this.maxChars = maxChars;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        List<String> requested;
        try {
            requested = new Arguments(NAME, arguments).strings("files", EXAMPLE);
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        }
        List<String> blocks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String file : new LinkedHashSet<>(requested)) {
            try {
                blocks.add(block(file));
            } catch (MemoryException e) {
                problems.add(e.getMessage());
            }
        }
        String preface = problems.isEmpty() ? "" : String.join("\n", problems) + "\n\n";
        if (blocks.isEmpty()) {
            return new ToolResult.Error(preface.strip());
        }
        return new ToolResult.Ok(fit(preface, blocks));
    }

    /** One file's header and outline. */
    private String block(String file) throws MemoryException {
        String path = WorkspacePath.parse(file).value();
        Optional<Language> language =
                Arrays.stream(Language.values()).filter(l -> l.owns(path)).findFirst();
        if (language.isEmpty()) {
            store.summary(path);
            return header(path) + OTHER_LANGUAGE + "\n";
        }
        String content = store.read(path);
        try {
            return header(path) + render(Outline.of(language.get(), content));
        } catch (LinkageError e) {
            return header(path) + UNAVAILABLE + "\n";
        }
    }

    private static String header(String path) {
        return "--- " + path + " ---\n";
    }

    private static String render(Outline.Result outline) {
        StringBuilder text = new StringBuilder();
        for (Outline.Definition definition : outline.definitions()) {
            text.append("  ".repeat(definition.depth()))
                    .append(definition.kind())
                    .append(' ')
                    .append(definition.name())
                    .append(definition.parameters())
                    .append(": ")
                    .append(
                            definition.firstLine() == definition.lastLine()
                                    ? "line " + definition.firstLine()
                                    : "lines " + definition.firstLine() + "-" + definition.lastLine())
                    .append('\n');
        }
        if (outline.definitions().isEmpty()) {
            text.append(NOTHING_DEFINED).append('\n');
        }
        if (outline.syntaxErrors()) {
            text.append(SYNTAX_ERRORS).append('\n');
        }
        return text.toString();
    }

    /** Whole blocks while they fit, then as many whole lines of the next as fit, then a note naming the rest. */
    private String fit(String preface, List<String> blocks) {
        StringBuilder text = new StringBuilder(preface);
        for (int i = 0; i < blocks.size(); i++) {
            List<String> rest = blocks.subList(i, blocks.size()).stream()
                    .map(block -> block.substring(4, block.indexOf(" ---\n")))
                    .toList();
            String note = "[" + NAME + " shows at most " + maxChars + " characters per call; not outlined in full: '"
                    + String.join("', '", rest) + "'. Outline them in another call, a few files at a time.]\n";
            String block = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            if (text.length() + block.length() <= maxChars
                    && (last || text.length() + block.length() + note.length() <= maxChars)) {
                text.append(block);
                continue;
            }
            int room = maxChars - text.length() - note.length();
            int end = room <= 0 ? -1 : block.lastIndexOf('\n', Math.min(room, block.length()) - 1);
            if (end >= 0) {
                text.append(block, 0, end + 1);
            }
            text.append(note);
            return text.length() <= maxChars ? text.toString() : text.substring(0, maxChars);
        }
        return text.toString();
    }
}
