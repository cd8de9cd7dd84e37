package dev.l2mac.check;

import dev.l2mac.memory.Containment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A few numbered lines of source around a location, with a caret under the column, for a finding's context. */
public final class SourceContext {

    /** Lines shown before and after the located line. */
    static final int LINES_AROUND = 2;
    /** Longest source line shown; generated code sometimes holds a whole data blob on one line. */
    static final int MAX_LINE_CHARS = 200;

    private SourceContext() {}

    /**
     * The context of a path a checker reported (relative to {@code workspace}, or absolute), or an empty string when
     * the line is unknown or out of range, or the path fails {@link Containment#readableFile}: what a process
     * printed is generated code's to choose, so nothing outside the workspace or in its reserved folders is read.
     */
    public static String around(Path workspace, String reported, int line, int column) {
        if (line <= 0) {
            return "";
        }
        Optional<Path> file = Containment.readableFile(workspace, reported);
        if (file.isEmpty()) {
            return "";
        }
        Optional<String> source = LargeFiles.read(file.get());
        if (source.isEmpty()) {
            return "";
        }
        List<String> lines = source.get().lines().toList();
        if (line > lines.size()) {
            return "";
        }
        int first = Math.max(1, line - LINES_AROUND);
        int last = Math.min(lines.size(), line + LINES_AROUND);
        int width = String.valueOf(last).length();
        StringBuilder context = new StringBuilder();
        for (int number = first; number <= last; number++) {
            String text = clip(lines.get(number - 1));
            context.append(String.format("%" + width + "d | %s%n", number, text));
            if (number == line && column > 0 && column <= text.length() + 1) {
                context.append(" ".repeat(width))
                        .append(" | ")
                        .append(caretLine(text, column))
                        .append('\n');
            }
        }
        return context.toString().replace(System.lineSeparator(), "\n");
    }

    /** Keeps tabs where the source has them so the caret lines up in any tab width. */
    private static String caretLine(String text, int column) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }

    private static String clip(String line) {
        return line.length() <= MAX_LINE_CHARS ? line : line.substring(0, MAX_LINE_CHARS) + " ...";
    }
}
