package dev.l2mac.program;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a run writes: a codebase (checked as it is written, with the codebase tools) or a book (a long text, one
 * section per instruction). Each has its built-in prompt pack; run records write it as {@code codebase} or
 * {@code book}.
 */
public enum Domain {
    CODEBASE,
    BOOK;

    /** The domain as run records and prompt resources name it. */
    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The domain named {@code text}, as {@link #written()} spells it.
     *
     * @throws IllegalArgumentException naming the domains there are
     */
    public static Domain parse(String text) {
        for (Domain domain : values()) {
            if (domain.written().equals(text)) {
                return domain;
            }
        }
        throw new IllegalArgumentException("unknown domain '" + text + "'; use one of "
                + Arrays.stream(values()).map(Domain::written).collect(Collectors.joining(", ")));
    }
}
