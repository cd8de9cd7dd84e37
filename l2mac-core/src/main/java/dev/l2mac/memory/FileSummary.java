package dev.l2mac.memory;

/**
 * What a file is, without its content: its size, whether it is text (NUL-free UTF-8), and its lines when it is (a
 * last line without a trailing newline still counts). Made by reading the file in pieces, so a huge file is never
 * held in memory.
 */
public record FileSummary(long bytes, boolean text, long lines) {
    public FileSummary {
        if (bytes < 0 || lines < 0) {
            throw new IllegalArgumentException("a file has no negative size or line count");
        }
    }

    /** The summary of text held in memory. */
    public static FileSummary ofText(String content) {
        long lines = 0;
        for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
            lines++;
        }
        boolean unterminated = !content.isEmpty() && !content.endsWith("\n");
        return new FileSummary(TextContent.utf8Length(content), true, unterminated ? lines + 1 : lines);
    }

    /** {@code 12 lines}, {@code 1 line}, or {@code binary, 3,000,000 bytes}. */
    public String describe() {
        if (!text) {
            return String.format(java.util.Locale.ROOT, "binary, %,d bytes", bytes);
        }
        return lines == 1 ? "1 line" : lines + " lines";
    }
}
