package dev.l2mac.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem a checker found, or a note about the environment the checks ran in ({@link Severity#NOTE}).
 * {@code line} and {@code column} are 1-based, 0 when unknown; {@code context} holds a few lines of code around the
 * place, or is empty; {@code subject} names what failed where that outlives a change of its message (a test's id),
 * or is empty.
 */
public record Finding(
        String file, int line, int column, Severity severity, String message, String context, String subject) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        context = context == null ? "" : context;
        subject = subject == null ? "" : subject;
    }

    public Finding(String file, int line, int column, Severity severity, String message, String context) {
        this(file, line, column, severity, message, context, "");
    }

    /** This finding about the test {@code id}, which names it whatever its message says. */
    public Finding ofTest(String id) {
        return new Finding(file, line, column, severity, message, context, id);
    }

    /** {@code NOTE}: about the machine the checks run on (a package it lacks), not about the code. */
    public enum Severity {
        ERROR,
        WARNING,
        NOTE
    }

    /** A note about the environment at {@code file} and {@code line} (0 when unknown). */
    public static Finding note(String file, int line, String message) {
        return new Finding(file, line, 0, Severity.NOTE, message, "");
    }

    public boolean aboutEnvironment() {
        return severity == Severity.NOTE;
    }

    /** {@code notes} as an immutable list, refused when one of them is not a {@link Severity#NOTE}. */
    static List<Finding> notesOnly(List<Finding> notes) {
        List<Finding> copy = List.copyOf(notes);
        if (!copy.stream().allMatch(Finding::aboutEnvironment)) {
            throw new IllegalArgumentException("an environment note must have the severity NOTE");
        }
        return copy;
    }

    /** One line such as {@code app/models.py:12:5: error: invalid syntax}. */
    public String describe() {
        StringBuilder where = new StringBuilder(file.isEmpty() ? "(workspace)" : file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
