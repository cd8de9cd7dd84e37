package dev.l2mac.tools;

import dev.l2mac.tools.text.Lines;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lays out file contents, in order, within a character budget: whole files while they fit, then the first file
 * that does not fit cut at a line end (or mid-line when not even one line fits), then nothing more. A rendered
 * block (part of a file) is never cut: it fits or is not shown. It records what was cut so the caller can say
 * exactly that.
 */
final class ViewLayout {

    /** Something to show: a whole file, which may be cut, or a block already rendered, shown whole or not at all. */
    sealed interface Part {
        String path();
    }

    /** A whole file to show. */
    record Shown(String path, String content) implements Part {}

    /** A rendered block (header included) of part of a file. */
    record Block(String path, String text) implements Part {}

    /** Where a file was cut: after {@code lines} whole lines, or after {@code chars} characters inside line 1. */
    record Cut(String path, int lines, int chars, int totalLines, int totalChars) {
        boolean midLine() {
            return lines == 0;
        }
    }

    /** The laid-out text, the file cut (if any), and the paths not shown at all. */
    record Result(String text, @Nullable Cut cut, List<String> notShown, int shownCount) {}

    private ViewLayout() {}

    static Result lay(List<Part> files, int budget) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            String whole = switch (files.get(i)) {
                case Shown file -> header(file, Lines.count(file.content())) + body(file.content());
                case Block block -> block.text();
            };
            if (text.length() + whole.length() <= budget) {
                text.append(whole);
                continue;
            }
            List<String> rest = new ArrayList<>();
            files.subList(i + 1, files.size()).forEach(later -> rest.add(later.path()));
            Cut cut = files.get(i) instanceof Shown file ? cut(file, budget - text.length(), text) : null;
            if (cut == null) {
                rest.addFirst(files.get(i).path());
            }
            return new Result(text.toString(), cut, List.copyOf(rest), cut == null ? i : i + 1);
        }
        return new Result(text.toString(), null, List.of(), files.size());
    }

    /** Appends as much of {@code file} as fits in {@code room} characters; null when nothing useful fits. */
    private static @Nullable Cut cut(Shown file, int room, StringBuilder text) {
        int totalLines = Lines.count(file.content());
        int headerBound = Math.max(
                cutHeader(file.path(), totalLines, totalLines).length(),
                cutHeader(file.path(), 0, totalLines).length());
        int space = room - headerBound - 1;
        if (space <= 0) {
            return null;
        }
        String content = file.content();
        int end = content.lastIndexOf('\n', Math.min(space, content.length()) - 1);
        if (end >= 0) {
            String shown = content.substring(0, end + 1);
            int lines = Lines.count(shown);
            text.append(cutHeader(file.path(), lines, totalLines)).append(shown);
            return new Cut(file.path(), lines, shown.length(), totalLines, content.length());
        }
        int take = Math.min(space, content.length());
        if (Character.isHighSurrogate(content.charAt(take - 1))) {
            take--;
        }
        if (take == 0) {
            return null;
        }
        String shown = content.substring(0, take);
        text.append(cutHeader(file.path(), 0, totalLines)).append(shown).append('\n');
        return new Cut(file.path(), 0, shown.length(), totalLines, content.length());
    }

    private static String header(Shown file, int lines) {
        return "--- " + file.path() + " (" + Lines.describe(lines) + ") ---\n";
    }

    private static String cutHeader(String path, int shownLines, int totalLines) {
        return "--- " + path + " (" + Lines.describe(totalLines) + "; cut, showing "
                + (shownLines == 0 ? "the start of line 1" : "lines 1-" + shownLines) + ") ---\n";
    }

    private static String body(String content) {
        return content.isEmpty() || content.endsWith("\n") ? content : content + "\n";
    }
}
