package dev.l2mac.check;

import java.util.Objects;

/**
 * One problem a checker found. {@code line} and {@code column} are 1-based, 0 when unknown; {@code context} holds
 * a few lines of code around the place, or is empty.
 */
public record Finding(String file, int line, int column, Severity severity, String message, String context) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        context = context == null ? "" : context;
    }

    public enum Severity { ERROR, WARNING }

    /** One line such as {@code app/models.py:12:5: error: invalid syntax}. */
    public String describe() {
        StringBuilder where = new StringBuilder(file.isEmpty() ? "(workspace)" : file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
