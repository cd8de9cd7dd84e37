package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.FileTooLargeException;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code view_files}: shows files with a header each, within {@code viewMaxChars} in total. What does not fit is
 * named exactly; files that cannot be shown are explained (the store suggests close matches for missing ones)
 * while the others are still shown. An entry {@code path:START-END} shows those lines numbered (see
 * {@link PartViews}); a file too large to read whole shows its start and the ranges that show the rest.
 */
final class ViewFilesTool implements ReadingTool {

    static final String NAME = "view_files";
    private static final String EXAMPLE = "{\"files\": [\"app/main.py\", \"tests/test_main.py\"]}";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Show files' contents; view only those you need (large files are cut). An entry path:START-END"
                    + " shows just those lines, each as 'N| line'.",
            """
            {"type": "object",
             "properties": {"files": {"type": "array", "items": {"type": "string"},
                                      "description": "Paths relative to the project root"}},
             "required": ["files"]}""");

    private final FileStore store;
    private final int maxChars;
    private final PartViews parts;

    ViewFilesTool(FileStore store, int maxChars) {
        this.store = store;
        this.maxChars = maxChars;
        this.parts = new PartViews(store, maxChars);
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
        List<ViewLayout.Part> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String file : new LinkedHashSet<>(requested)) {
            try {
                found.add(
                        switch (ViewEntry.parse(file, store::exists)) {
                            case ViewEntry.Whole whole -> whole(whole.path());
                            case ViewEntry.Range range -> parts.range(range);
                        });
            } catch (MemoryException e) {
                problems.add(e.getMessage());
            }
        }
        String preface = problems.isEmpty() ? "" : String.join("\n", problems) + "\n\n";
        if (found.isEmpty()) {
            return new ToolResult.Error(preface.strip());
        }
        return new ToolResult.Ok(fit(preface, found));
    }

    /** A whole file, or the start of one too large to read whole. */
    private ViewLayout.Part whole(String file) throws MemoryException {
        String path = WorkspacePath.parse(file).value();
        try {
            return new ViewLayout.Shown(path, store.read(file));
        } catch (FileTooLargeException large) {
            return parts.start(path, large);
        }
    }

    /** Shrinks the budget for file contents until contents and notes together fit in {@code maxChars}. */
    private String fit(String preface, List<ViewLayout.Part> found) {
        int budget = maxChars - preface.length();
        while (true) {
            ViewLayout.Result layout = ViewLayout.lay(found, Math.max(budget, 0));
            String text = preface + layout.text() + note(layout);
            int excess = text.length() - maxChars;
            if (excess <= 0 || budget <= 0) {
                return text.length() <= maxChars ? text : text.substring(0, maxChars);
            }
            budget -= excess;
        }
    }

    private String note(ViewLayout.Result layout) {
        if (layout.cut() == null && layout.notShown().isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder("\n[" + NAME + " shows at most " + maxChars + " characters per call.");
        ViewLayout.Cut cut = layout.cut();
        if (cut != null) {
            note.append(" '")
                    .append(cut.path())
                    .append("' was cut after ")
                    .append(
                            cut.midLine()
                                    ? cut.chars() + " characters of line 1"
                                    : "line " + cut.lines() + " of " + cut.totalLines())
                    .append('.');
            if (layout.shownCount() == 1) {
                note.append(" It is ")
                        .append(cut.totalChars())
                        .append(" characters long, more than one view can"
                                + " show; consider splitting it into smaller modules.");
            }
            if (!cut.midLine()) {
                note.append(" See the rest with '")
                        .append(cut.path())
                        .append(':')
                        .append(cut.lines() + 1)
                        .append('-')
                        .append(cut.totalLines())
                        .append("'.");
            }
        }
        if (!layout.notShown().isEmpty()) {
            note.append(" Not shown: '")
                    .append(String.join("', '", layout.notShown()))
                    .append(layout.notShown().size() == 1 ? "'. To see it, call " : "'. To see them, call ")
                    .append(NAME)
                    .append(" again with fewer files per call, such as [\"")
                    .append(layout.notShown().getFirst())
                    .append("\"].");
        }
        return note.append("]\n").toString();
    }
}
