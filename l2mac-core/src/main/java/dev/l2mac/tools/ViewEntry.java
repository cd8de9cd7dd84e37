package dev.l2mac.tools;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a {@code view_files} call: a whole file ({@code path}) or some of its lines
 * ({@code path:START-END}, 1-based and inclusive). An entry whose literal name is an existing file is that file,
 * even when it looks like a range.
 */
sealed interface ViewEntry {

    /** The entry as the model wrote it. */
    String entry();

    /** The file the entry names, not yet validated. */
    String path();

    record Whole(String entry) implements ViewEntry {
        @Override
        public String path() {
            return entry;
        }
    }

    /** Lines {@code first} to {@code last} of {@code path}; {@code first <= last} is not yet checked. */
    record Range(String entry, String path, long first, long last) implements ViewEntry {}

    /** {@code path:START-END}; numbers of more than 18 digits are not ranges but names. */
    Pattern RANGE = Pattern.compile("(.+):(\\d{1,18})-(\\d{1,18})");

    static ViewEntry parse(String entry, Predicate<String> exists) {
        Matcher range = RANGE.matcher(entry);
        if (!range.matches() || exists.test(entry)) {
            return new Whole(entry);
        }
        return new Range(entry, range.group(1), Long.parseLong(range.group(2)), Long.parseLong(range.group(3)));
    }
}
