package dev.l2mac.memory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Some lines of a text file, read from a stream in pieces so that only what is kept is held in memory.
 *
 * @param first      the number (1-based) of the first line in {@code lines}
 * @param lines      the lines read, without their line breaks; the only one is just its beginning when {@code cut}
 * @param cut        the character budget ran out inside the only line of {@code lines}
 * @param totalLines the file's line count, when reading reached its end; empty when more of it follows
 */
public record LineExcerpt(long first, List<String> lines, boolean cut, Optional<Long> totalLines) {
    /** How many characters are read from the stream at a time. */
    static final int CHUNK_CHARS = 8 * 1024;

    public LineExcerpt {
        lines = List.copyOf(lines);
        if (first < 1) {
            throw new IllegalArgumentException("lines are numbered from 1, not " + first);
        }
    }

    /** The number of the last line in {@link #lines}; {@code first - 1} when there is none. */
    public long last() {
        return first + lines.size() - 1;
    }

    /**
     * Lines {@code first} to {@code last} of the text {@code in} holds, as many as fit in {@code maxChars}
     * characters counting each line's break and {@code lineOverhead} more (what a caller adds, such as a line
     * number). Only
     * whole lines are taken, except a first line longer than the budget, whose start is taken. A NUL character is
     * refused as binary content.
     */
    static LineExcerpt read(WorkspacePath path, Reader in, long first, long last, int maxChars, int lineOverhead)
            throws IOException, MemoryException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        long line = 1;
        long used = 0;
        boolean lastWasBreak = true;
        char[] buffer = new char[CHUNK_CHARS];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            for (int i = 0; i < read; i++) {
                char c = buffer[i];
                if (c == '\0') {
                    throw TextContent.binary(path);
                }
                lastWasBreak = c == '\n';
                if (line < first) {
                    line += lastWasBreak ? 1 : 0;
                } else if (line > last) {
                    return new LineExcerpt(first, lines, false, Optional.empty());
                } else if (lastWasBreak) {
                    lines.add(current.toString());
                    used += current.length() + 1 + lineOverhead;
                    current.setLength(0);
                    line++;
                } else if (used + lineOverhead + current.length() + 2 > maxChars && !lines.isEmpty()) {
                    return new LineExcerpt(first, lines, false, Optional.empty());
                } else if (used + lineOverhead + current.length() + 2 > maxChars && !current.isEmpty()) {
                    return begun(first, current);
                } else {
                    current.append(c);
                }
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        long total = lastWasBreak ? line - 1 : line;
        return new LineExcerpt(first, lines, false, Optional.of(total));
    }

    /** The excerpt when the budget ran out inside the first line: its beginning, cut between characters. */
    private static LineExcerpt begun(long first, StringBuilder current) {
        int end = Character.isHighSurrogate(current.charAt(current.length() - 1))
                ? current.length() - 1
                : current.length();
        return new LineExcerpt(first, List.of(current.substring(0, end)), true, Optional.empty());
    }
}
