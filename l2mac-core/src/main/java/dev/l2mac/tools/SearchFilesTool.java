package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.FileTooLargeException;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.tools.text.LinePattern;
import dev.l2mac.tools.text.PathGlob;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code search_files}: the lines of the project's files that hold a text (or match a Java regex), as
 * {@code path:line: text} in path order, then line order. It sees exactly the files {@code list_files} lists, reads
 * them through the store, skips binary ones, and bounds its work: at most {@link #MAX_SEARCHED_CHARS} characters
 * of files per call and, for a regex, {@link #MAX_REGEX_READS} character reads, so no pattern can hang the run.
 */
final class SearchFilesTool implements ReadingTool {

    static final String NAME = "search_files";
    /** Matches shown when the call does not say. */
    static final int DEFAULT_RESULTS = 50;
    /** Most matches one call may ask for. */
    static final int MAX_RESULTS = 200;
    /** Characters of files one call reads; the rest of the project is named as not searched. */
    static final long MAX_SEARCHED_CHARS = 20_000_000;
    /** Character reads a regex may make in one call, enough for any sane pattern over the searched characters. */
    static final long MAX_REGEX_READS = 100_000_000;

    private static final String EXAMPLE = "{\"pattern\": \"def load_config\", \"path_glob\": \"src/**/*.py\"}";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Find the lines of the project's files that contain a text (case-sensitive), or match a Java regex,"
                    + " shown as 'path:line: text'.",
            """
            {"type": "object",
             "properties": {
               "pattern": {"type": "string", "description": "The text to find; a Java regex when regex is true (matched against one line at a time)"},
               "path_glob": {"type": "string", "description": "Optional: search only paths matching this glob, such as src/**/*.py; a glob without / matches file names in any folder"},
               "regex": {"type": "boolean", "description": "Optional: true to read pattern as a Java regex; false by default"},
               "max_results": {"type": "integer", "description": "Optional: most matching lines to show, 1 to 200; 50 by default"}},
             "required": ["pattern"]}""");

    /** One call's parsed arguments. */
    private record Query(String text, LinePattern pattern, Optional<PathGlob> glob, int maxResults) {}

    private final FileStore store;
    private final int maxChars;

    SearchFilesTool(FileStore store, int maxChars) {
        this.store = store;
        this.maxChars = maxChars;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        Query query;
        try {
            query = parse(new Arguments(NAME, arguments));
        } catch (ArgumentException e) {
            return new ToolResult.Error(e.getMessage());
        }
        List<String> paths = store.list().stream()
                .filter(path -> query.glob().map(glob -> glob.matches(path)).orElse(true))
                .toList();
        if (paths.isEmpty()) {
            return new ToolResult.Ok(query.glob()
                    .map(glob -> "No files match the path_glob '" + glob.glob() + "'; call list_files to see the"
                            + " project's paths.")
                    .orElse("The project has no files yet."));
        }
        SearchResults results = new SearchResults(query.maxResults(), maxChars);
        search(paths, query.pattern(), results);
        String where =
                query.glob().map(glob -> " matching '" + glob.glob() + "'").orElse("");
        return new ToolResult.Ok(results.render(query.text(), where));
    }

    private void search(List<String> paths, LinePattern pattern, SearchResults results) {
        long left = MAX_SEARCHED_CHARS;
        boolean stopped = false;
        for (String path : paths) {
            if (stopped) {
                results.notSearched();
                continue;
            }
            Optional<String> content = read(path, results);
            if (content.isEmpty()) {
                continue;
            }
            String text = content.get();
            if (text.length() > left) {
                text = text.substring(0, (int) left);
                results.cappedIn(path);
                stopped = true;
            }
            left -= text.length();
            results.searched();
            try {
                searchLines(path, text, pattern, results);
            } catch (LinePattern.TooSlowException e) {
                results.regexStoppedIn(path);
                stopped = true;
            }
        }
    }

    private static void searchLines(String path, String text, LinePattern pattern, SearchResults results)
            throws LinePattern.TooSlowException {
        long number = 1;
        for (int start = 0; start < text.length(); number++) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (pattern.matches(line)) {
                results.match(path, number, line);
            }
            start = next;
        }
    }

    /** The file's text; empty when it is binary, too large to read whole or unreadable, as noted in results. */
    private Optional<String> read(String path, SearchResults results) {
        try {
            return Optional.of(store.read(path));
        } catch (FileTooLargeException e) {
            results.tooLarge(path);
        } catch (MemoryException e) {
            if (binary(path)) {
                results.binary();
            } else {
                results.unreadable(e.getMessage());
            }
        }
        return Optional.empty();
    }

    private boolean binary(String path) {
        try {
            return !store.summary(path).text();
        } catch (MemoryException e) {
            return false;
        }
    }

    private static Query parse(Arguments arguments) throws ArgumentException {
        String text = arguments.string("pattern", EXAMPLE);
        if (text.isEmpty()) {
            throw new ArgumentException(
                    NAME + " argument 'pattern' is empty; give the text to find, for example " + EXAMPLE + ".");
        }
        boolean regex = arguments.optionalBoolean("regex", false, EXAMPLE);
        Optional<String> glob = arguments.optionalString("path_glob", EXAMPLE).filter(g -> !g.isBlank());
        int maxResults = arguments.optionalInt("max_results", 1, MAX_RESULTS, DEFAULT_RESULTS, EXAMPLE);
        return new Query(text, regex ? regex(text) : new LinePattern.Literal(text), glob(glob), maxResults);
    }

    private static LinePattern regex(String text) throws ArgumentException {
        try {
            return new LinePattern.Regex(Pattern.compile(text), new LinePattern.Budget(MAX_REGEX_READS));
        } catch (PatternSyntaxException e) {
            String at = e.getIndex() < 0 ? "" : ", at character " + (e.getIndex() + 1);
            throw new ArgumentException(NAME + " argument 'pattern' is not a valid Java regex (" + e.getDescription()
                    + at + " of '" + text + "'); fix it, or leave out regex to find the text as it is.");
        }
    }

    private static Optional<PathGlob> glob(Optional<String> glob) throws ArgumentException {
        if (glob.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PathGlob.parse(glob.get()));
        } catch (PathGlob.InvalidGlobException e) {
            throw new ArgumentException(NAME + " argument 'path_glob' is not a valid glob (" + e.getMessage()
                    + "); use * within a folder and ** across folders, such as \"src/**/*.py\".");
        }
    }
}
