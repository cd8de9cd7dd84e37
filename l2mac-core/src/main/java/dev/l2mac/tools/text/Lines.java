package dev.l2mac.tools.text;

/** Line counting as the model sees a file: a last line without a trailing newline still counts. */
public final class Lines {

    private Lines() {}

    public static int count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return text.endsWith("\n") ? lines : lines + 1;
    }

    public static String describe(long lines) {
        return lines == 1 ? "1 line" : lines + " lines";
    }

    /** {@code 12-14}, or {@code 12} for one line. */
    public static String range(long first, long last) {
        return first == last ? String.valueOf(first) : first + "-" + last;
    }
}
