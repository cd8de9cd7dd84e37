package dev.l2mac.check;

import java.util.List;

/** What every test checker shows of a traceback or a tool's output: its end, where the error is. */
public final class TestFindings {

    /** Lines of a traceback kept, counted from its end, where the assertion and the exception are. */
    public static final int MAX_TRACEBACK_LINES = 25;
    /** Characters of a traceback kept, counted from its end. */
    public static final int MAX_TRACEBACK_CHARS = 2_000;

    private TestFindings() {}

    /** The last {@link #MAX_TRACEBACK_LINES} lines of {@code text}, cut to its last {@link #MAX_TRACEBACK_CHARS}. */
    public static String trimmed(String text) {
        List<String> lines = text.strip().lines().toList();
        String kept = String.join("\n", lines.subList(Math.max(0, lines.size() - MAX_TRACEBACK_LINES), lines.size()));
        return kept.length() <= MAX_TRACEBACK_CHARS
                ? kept
                : "..." + kept.substring(kept.length() - MAX_TRACEBACK_CHARS);
    }
}
