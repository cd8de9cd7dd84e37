package dev.l2mac.map;

import dev.l2mac.llm.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the ranked map within a token budget: a line saying what it is, the top files with their definitions'
 * signatures and lines, then every other file counted by folder. The folders are shown at the deepest level whose
 * summary takes at most {@link #SUMMARY_SHARE} of the budget (or else at the deepest that fits at all); the number
 * of top files is the largest that fits beside them, found by a search that starts from the sum of the top files'
 * tokens. Every text returned has been counted and fits.
 */
final class MapText {

    static final String HEADER = "The %,d files are too many to list; the most relevant ones first, with their"
            + " definitions, then the rest by folder. search_files, outline_files and list_files show more.\n";
    /** What is said when not even the folders fit. */
    static final String SHORT_HEADER = "The %,d files are too many to list; list_files shows them.";

    static final String OTHER_FILES = "Other files by folder:\n";
    /** Definitions shown per top file; a line counts the rest. */
    static final int MAX_DEFINITIONS_SHOWN = 30;
    /** The part of the budget the folder summary may take when the top files need the room. */
    static final double SUMMARY_SHARE = 0.5;
    /**
     * Characters a token is taken to cover at most when bounding the binary search; a rarer longer token only
     * means fewer top files are tried, never a text over budget.
     */
    static final int MAX_CHARS_PER_TOKEN = 16;

    private final TokenCounter counter;
    private final List<String> ranked;
    private final List<FileTags> tags;
    private final String header;
    private final List<String> blocks = new ArrayList<>();

    /** {@code ranked}: every path, most relevant first; {@code tags}: theirs, in the same order. */
    MapText(TokenCounter counter, List<String> ranked, List<FileTags> tags) {
        this.counter = counter;
        this.ranked = ranked;
        this.tags = tags;
        this.header = String.format(Locale.ROOT, HEADER, ranked.size());
    }

    String fit(int budget) {
        Optional<Integer> depth = summaryDepth(budget);
        if (depth.isEmpty()) {
            String brief = String.format(Locale.ROOT, SHORT_HEADER, ranked.size());
            return counter.count(brief) <= budget ? brief : "";
        }
        int most = topFilesWithin((long) budget * MAX_CHARS_PER_TOKEN);
        int guess = Math.min(most, estimate(budget, depth.get()));
        // the largest number of top files whose text fits: 'fits' always fits, 'tooMany' never does; gallop from
        // the guess to bound it, then halve
        int fits = 0;
        int tooMany = most + 1;
        if (fitsIn(budget, guess, depth.get())) {
            fits = guess;
            for (int step = 1; fits + step < tooMany; step *= 2) {
                if (!fitsIn(budget, fits + step, depth.get())) {
                    tooMany = fits + step;
                    break;
                }
                fits += step;
            }
        } else {
            tooMany = guess;
            for (int step = 1; tooMany - step > fits; step *= 2) {
                if (fitsIn(budget, tooMany - step, depth.get())) {
                    fits = tooMany - step;
                    break;
                }
                tooMany -= step;
            }
        }
        while (tooMany - fits > 1) {
            int middle = (fits + tooMany) >>> 1;
            if (fitsIn(budget, middle, depth.get())) {
                fits = middle;
            } else {
                tooMany = middle;
            }
        }
        return text(fits, depth.get());
    }

    private boolean fitsIn(int budget, int topFiles, int depth) {
        return counter.count(text(topFiles, depth)) <= budget;
    }

    /**
     * How many top files the budget holds by the sum of their blocks' tokens beside the text without any: a first
     * guess that the search then checks, since tokens are not quite additive and the folder summary shrinks.
     */
    private int estimate(int budget, int depth) {
        long used = counter.count(text(0, depth));
        for (int file = 0; file < ranked.size(); file++) {
            used += counter.count(block(file));
            if (used > budget) {
                return file;
            }
        }
        return ranked.size();
    }

    /**
     * The deepest folder level that fits beside the header within the summary's share of the budget, unless that
     * is the single count of depth 0: then the deepest that fits at all, since where the files are matters more
     * than a few more top files.
     */
    Optional<Integer> summaryDepth(int budget) {
        Optional<Integer> fitting = Optional.empty();
        for (int depth = FolderSummary.maxDepth(ranked); depth >= 0; depth--) {
            int tokens = counter.count(text(0, depth));
            if (tokens <= budget * SUMMARY_SHARE && depth > 0) {
                return Optional.of(depth);
            }
            if (tokens <= budget && fitting.isEmpty()) {
                fitting = Optional.of(depth);
            }
        }
        return fitting;
    }

    /** How many top files' blocks fit in {@code chars} characters. */
    private int topFilesWithin(long chars) {
        long used = 0;
        for (int file = 0; file < ranked.size(); file++) {
            used += block(file).length();
            if (used > chars) {
                return file;
            }
        }
        return ranked.size();
    }

    String text(int topFiles, int depth) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int file = 0; file < topFiles; file++) {
            text.append(block(file));
        }
        if (topFiles < ranked.size()) {
            text.append(topFiles == 0 ? "" : "\n")
                    .append(OTHER_FILES)
                    .append(FolderSummary.render(ranked.subList(topFiles, ranked.size()), depth));
        }
        return text.toString().stripTrailing();
    }

    private String block(int file) {
        while (blocks.size() <= file) {
            blocks.add(render(ranked.get(blocks.size()), tags.get(blocks.size())));
        }
        return blocks.get(file);
    }

    private static String render(String path, FileTags tags) {
        List<FileTags.Definition> definitions = tags.definitions();
        if (definitions.isEmpty()) {
            return path + "\n";
        }
        StringBuilder text = new StringBuilder(path).append(":\n");
        for (FileTags.Definition definition :
                definitions.subList(0, Math.min(definitions.size(), MAX_DEFINITIONS_SHOWN))) {
            text.append("  ")
                    .append(definition.line())
                    .append(": ")
                    .append("  ".repeat(definition.depth()))
                    .append(definition.signature())
                    .append('\n');
        }
        if (definitions.size() > MAX_DEFINITIONS_SHOWN) {
            text.append("  ... ")
                    .append(definitions.size() - MAX_DEFINITIONS_SHOWN)
                    .append(" more definitions\n");
        }
        return text.toString();
    }
}
