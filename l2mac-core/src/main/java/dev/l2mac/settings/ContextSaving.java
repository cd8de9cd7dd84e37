package dev.l2mac.settings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ways the context builder leaves stale or redundant content out of a request, each of which can be turned off
 * to compare. None of them drops what the instruction needs: the latest contents of every file its dialog has seen,
 * the latest output of every distinct test run, and every finding stay in.
 */
public enum ContextSaving {
    /**
     * Every file the instruction's dialog has viewed or written is shown once, with its current contents, before
     * the dialog; the views and writes in the dialog carry a short note instead of the contents.
     */
    WORKING_FILES,
    /** The output of a test run that a later run of the same tests supersedes is replaced by a short note. */
    STALE_TEST_RUNS,
    /** The output of a test run in which every test passed is cut to its first and last lines. */
    SHORT_PASSING_TESTS;

    /** Every saving. */
    public static Set<ContextSaving> all() {
        return EnumSet.allOf(ContextSaving.class);
    }

    /** The name in settings and on the command line, such as {@code working-files}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@code all}, {@code none}, or keys separated by commas.
     *
     * @throws IllegalArgumentException naming the unknown key and listing the valid ones
     */
    public static Set<ContextSaving> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.equals("all")) {
            return all();
        }
        Set<ContextSaving> savings = EnumSet.noneOf(ContextSaving.class);
        if (trimmed.equals("none")) {
            return savings;
        }
        for (String key : trimmed.split(",")) {
            savings.add(Arrays.stream(values())
                    .filter(s -> s.key().equals(key.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown context saving '" + key.strip()
                            + "'; use all, none, or some of: "
                            + Arrays.stream(values()).map(ContextSaving::key).collect(Collectors.joining(", ")))));
        }
        return savings;
    }

    /** {@code all}, {@code none}, or the savings' keys in their declared order, as {@link #parse} reads it. */
    public static String spelled(Set<ContextSaving> savings) {
        if (savings.equals(ContextSaving.all())) {
            return "all";
        }
        return savings.isEmpty()
                ? "none"
                : Arrays.stream(ContextSaving.values())
                        .filter(savings::contains)
                        .map(ContextSaving::key)
                        .collect(Collectors.joining(","));
    }
}
