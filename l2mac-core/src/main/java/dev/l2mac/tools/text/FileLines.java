package dev.l2mac.tools.text;

import java.util.Arrays;

/**
 * A text's lines and where each lies in it. A line's text ends before its {@code \n} or {@code \r\n}; a text that
 * ends with a line break has no empty line after it.
 */
public final class FileLines {

    private final String text;
    private final int[] starts;
    private final int[] textEnds;
    private final int[] ends;

    private FileLines(String text, int[] starts, int[] textEnds, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.textEnds = textEnds;
        this.ends = ends;
    }

    static FileLines of(String text) {
        int count = Lines.count(text);
        int[] starts = new int[count];
        int[] textEnds = new int[count];
        int[] ends = new int[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            int textEnd =
                    newline < 0 ? end : newline > start && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
            starts[i] = start;
            textEnds[i] = textEnd;
            ends[i] = end;
            start = end;
        }
        return new FileLines(text, starts, textEnds, ends);
    }

    int size() {
        return starts.length;
    }

    /** Line {@code index} (0-based) without its line break. */
    String line(int index) {
        return text.substring(starts[index], textEnds[index]);
    }

    int start(int index) {
        return starts[index];
    }

    /** Where line {@code index} ends: before its line break, or after it. */
    int end(int index, boolean withBreak) {
        return withBreak ? ends[index] : textEnds[index];
    }

    /** The 1-based number of the line that holds the character at {@code offset}. */
    int numberAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : Math.max(1, -found - 1);
    }
}
