package dev.l2mac.tools;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one {@code search_files} call found, in the order found, and what it left out: the matches past
 * {@code maxResults} or past the view's characters, binary files, files too large to read, and files the search's
 * limits stopped it from reading. It renders the lines the model sees and one closing note per thing left out.
 */
final class SearchResults {

    /** Characters of a matching line shown; the rest is cut, because one long line could fill the view. */
    static final int MAX_LINE_CHARS = 200;
    /** Characters of the view kept for the closing notes. */
    static final int NOTES_CHARS = 1_000;
    /** Paths named in one note before the rest are counted. */
    static final int NAMED_PATHS = 5;

    private final int maxResults;
    private final int budget;
    private final StringBuilder lines = new StringBuilder();
    private int shown;
    private int hidden;
    private final Set<String> hiddenFiles = new LinkedHashSet<>();
    private int searchedFiles;
    private int binaryFiles;
    private final List<String> tooLarge = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private String stoppedIn = "";
    private boolean stoppedByRegex;
    private int notSearched;

    SearchResults(int maxResults, int maxChars) {
        this.maxResults = maxResults;
        this.budget = Math.max(maxChars / 2, maxChars - NOTES_CHARS);
    }

    void searched() {
        searchedFiles++;
    }

    void match(String path, long line, String text) {
        String stripped = text.strip();
        String shownText =
                stripped.length() <= MAX_LINE_CHARS ? stripped : stripped.substring(0, MAX_LINE_CHARS) + "...";
        String entry = path + ":" + line + ": " + shownText + "\n";
        if (shown < maxResults && lines.length() + entry.length() <= budget) {
            lines.append(entry);
            shown++;
        } else {
            hidden++;
            hiddenFiles.add(path);
        }
    }

    void binary() {
        binaryFiles++;
    }

    void tooLarge(String path) {
        tooLarge.add(path);
    }

    void unreadable(String why) {
        unreadable.add(why);
    }

    /** The search's character cap was reached in {@code path}, which was searched only in part. */
    void cappedIn(String path) {
        stoppedIn = path;
    }

    /** The regex ran out of its budget in {@code path}. */
    void regexStoppedIn(String path) {
        stoppedIn = path;
        stoppedByRegex = true;
    }

    /** A file left unsearched because the search had stopped. */
    void notSearched() {
        notSearched++;
    }

    /** The text for the model; {@code where} follows the count of files searched, such as {@code " matching 'src/**'"}. */
    String render(String pattern, String where) {
        StringBuilder text = new StringBuilder();
        if (shown == 0 && hidden == 0) {
            text.append("No matches for '")
                    .append(pattern)
                    .append("' in ")
                    .append(files(searchedFiles))
                    .append(where)
                    .append(".\n");
        }
        text.append(lines);
        if (hidden > 0) {
            text.append('[')
                    .append(hidden)
                    .append(hidden == 1 ? " more match in " : " more matches in ")
                    .append(files(hiddenFiles.size()))
                    .append(" not shown; narrow the pattern or path_glob")
                    .append(
                            shown == maxResults && maxResults < SearchFilesTool.MAX_RESULTS
                                    ? ", or raise max_results (at most " + SearchFilesTool.MAX_RESULTS + ")"
                                    : "")
                    .append(".]\n");
        }
        if (binaryFiles > 0) {
            text.append('[').append(files(binaryFiles)).append(" skipped as binary.]\n");
        }
        if (!tooLarge.isEmpty()) {
            text.append("[Not searched, too large to read whole: ")
                    .append(named(tooLarge))
                    .append(".]\n");
        }
        unreadable.forEach(why -> text.append("[Not searched: ").append(why).append("]\n"));
        if (!stoppedIn.isEmpty()) {
            text.append(stoppedByRegex ? regexNote() : capNote());
        }
        return text.toString();
    }

    private String regexNote() {
        return String.format(
                Locale.ROOT,
                "[The regex was stopped in '%s' after %,d character reads, so that file was searched only in part"
                        + " and %s after it not at all; a pattern with nested repetition such as (.*a){12} backtracks"
                        + " badly. Simplify the pattern or narrow path_glob.]\n",
                stoppedIn,
                SearchFilesTool.MAX_REGEX_READS,
                files(notSearched));
    }

    private String capNote() {
        return String.format(
                Locale.ROOT,
                "[The search reads at most %,d characters of files per call, so '%s' was searched only in part and"
                        + " %s after it not at all; narrow path_glob to search them.]\n",
                SearchFilesTool.MAX_SEARCHED_CHARS,
                stoppedIn,
                files(notSearched));
    }

    private static String files(int count) {
        return count == 1 ? "1 file" : count + " files";
    }

    private static String named(List<String> paths) {
        String names = String.join(", ", paths.subList(0, Math.min(NAMED_PATHS, paths.size())));
        return paths.size() <= NAMED_PATHS ? names : names + " and " + (paths.size() - NAMED_PATHS) + " more";
    }
}
