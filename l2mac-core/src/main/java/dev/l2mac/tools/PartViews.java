package dev.l2mac.tools;

import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.FileSummary;
import dev.l2mac.memory.FileTooLargeException;
import dev.l2mac.memory.LineExcerpt;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import dev.l2mac.tools.text.Lines;
import java.util.Locale;

/**
 * The parts of files {@code view_files} shows when it does not show them whole: a range of lines, numbered as
 * {@code 12| text}, or the start of a file too large to read whole, with its summary and the ranges that show the
 * rest. Both are read in pieces ({@link FileStore#lines}), so a huge file is never held in memory.
 */
final class PartViews {
    /** What precedes each line of a range: its number, then this. */
    static final String NUMBER_SEPARATOR = "| ";
    /** Characters of one view kept free for a part's header and closing note. */
    static final int FRAME_CHARS = 400;
    /** How many following ranges the view of a large file's start suggests. */
    static final int SUGGESTED_PARTS = 2;

    private final FileStore store;
    private final int budget;

    PartViews(FileStore store, int maxChars) {
        this.store = store;
        this.budget = Math.max(maxChars / 2, maxChars - FRAME_CHARS);
    }

    /** Lines {@code first} to {@code last} of a file, each after its number; refused when none of them exists. */
    ViewLayout.Block range(ViewEntry.Range range) throws MemoryException {
        String path = WorkspacePath.parse(range.path()).value();
        if (range.first() < 1 || range.last() < range.first()) {
            throw new MemoryException("The line range in '" + range.entry() + "' is empty; give START-END with"
                    + " 1 <= START <= END, such as '" + path + ":1-100'.");
        }
        int overhead = String.valueOf(range.last()).length() + NUMBER_SEPARATOR.length();
        LineExcerpt lines = store.lines(path, range.first(), range.last(), budget, overhead);
        if (lines.lines().isEmpty()) {
            long total = lines.totalLines().orElse(0L);
            throw new MemoryException(
                    total == 0
                            ? "File '" + path + "' is empty; it has no lines to show."
                            : "File '" + path + "' has " + Lines.describe(total) + ", so '" + range.entry()
                                    + "' is past" + " its end; ask for lines within 1-" + total + ".");
        }
        StringBuilder text = new StringBuilder("--- " + path + ", "
                + (lines.cut() ? "the start of line " + lines.first() : "lines " + lines.first() + "-" + lines.last())
                + " ---\n");
        long number = lines.first();
        for (String line : lines.lines()) {
            text.append(number++).append(NUMBER_SEPARATOR).append(line).append('\n');
        }
        if (lines.cut()) {
            text.append("[Line ")
                    .append(lines.first())
                    .append(" is longer than one view can show; this is its" + " start.]\n");
        } else if (lines.last() < range.last() && lines.totalLines().isEmpty()) {
            text.append("[These lines fill one view; see the rest with '")
                    .append(path)
                    .append(':')
                    .append(lines.last() + 1)
                    .append('-')
                    .append(range.last())
                    .append("'.]\n");
        } else if (lines.last() < range.last()) {
            text.append("[The file ends at line ").append(lines.last()).append(".]\n");
        }
        return new ViewLayout.Block(range.entry(), text.toString());
    }

    /** The start of a file too large to read whole, with its summary and how to see the rest. */
    ViewLayout.Block start(String path, FileTooLargeException large) throws MemoryException {
        FileSummary summary = store.summary(path);
        String size = String.format(Locale.ROOT, "%,d bytes", summary.bytes());
        if (!summary.text()) {
            throw new MemoryException("File '" + path + "' is binary (" + size + ", not UTF-8 text), so it cannot be"
                    + " shown; the tools work with text files only. Leave it as it is, or delete it if it is not"
                    + " needed.");
        }
        LineExcerpt lines = store.lines(path, 1, Long.MAX_VALUE, budget, 0);
        String limit = String.format(Locale.ROOT, "%,d bytes", large.maxBytes());
        StringBuilder text = new StringBuilder("--- " + path + " (" + summary.describe() + ", " + size
                + "; too large to show whole, showing "
                + (lines.cut() ? "the start of line 1" : "lines 1-" + lines.last()) + ") ---\n");
        lines.lines().forEach(line -> text.append(line).append('\n'));
        text.append("[File '")
                .append(path)
                .append("' is larger than the ")
                .append(limit)
                .append(" a file may have to be shown whole; ");
        if (lines.cut()) {
            text.append("its line 1 alone is longer than one view can show, so only its start is shown. To read"
                    + " other parts of it, run a small program that prints just those.]\n");
            return new ViewLayout.Block(path, text.toString());
        }
        long per = perPart(lines, summary.lines());
        text.append("view it in parts");
        for (int i = 1; i <= SUGGESTED_PARTS && lines.last() + (i - 1) * per < summary.lines(); i++) {
            long from = lines.last() + (i - 1) * per + 1;
            text.append(i == 1 ? ": " : ", ")
                    .append(path)
                    .append(':')
                    .append(from)
                    .append('-')
                    .append(Math.min(from + per - 1, summary.lines()));
        }
        return new ViewLayout.Block(path, text.append(".]\n").toString());
    }

    /** How many lines like those shown fit in one view once numbered. */
    private static long perPart(LineExcerpt shown, long totalLines) {
        long chars = shown.lines().stream().mapToLong(line -> line.length() + 1).sum();
        long numbered = chars
                + (long) shown.lines().size() * (String.valueOf(totalLines).length() + NUMBER_SEPARATOR.length());
        return Math.max(1, shown.lines().size() * chars / numbered);
    }
}
