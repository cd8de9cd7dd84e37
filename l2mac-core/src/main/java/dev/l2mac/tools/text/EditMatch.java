package dev.l2mac.tools.text;

import java.util.List;

/** Where {@code old_text} lies in a file, as {@link EditMatcher} found it. The set is closed. */
public sealed interface EditMatch {

    /** How leniently the text was compared; each rung also ignores what the ones before it ignore. */
    public enum Rung {
        EXACT(""),
        LINE_ENDINGS("line endings were ignored"),
        TRAILING_WHITESPACE("line endings and trailing whitespace were ignored"),
        INDENTATION("line endings and each line's leading and trailing whitespace were ignored");

        private final String lenience;

        Rung(String lenience) {
            this.lenience = lenience;
        }

        /** What this rung ignored, such as "line endings were ignored"; empty for an exact match. */
        public String lenience() {
            return lenience;
        }
    }

    /**
     * Characters {@code start} to {@code end} (exclusive) of the file are replaced; lines of the new text that begin
     * with {@code fromIndent} begin with {@code toIndent} instead (the two are equal unless indentation was ignored).
     */
    record Span(int start, int end, String fromIndent, String toIndent) {
        Span(int start, int end) {
            this(start, end, "", "");
        }
    }

    /** One place, or with {@code replace_all} every place, in the file's order, none overlapping. */
    record Found(Rung rung, List<Span> spans) implements EditMatch {
        public Found {
            spans = List.copyOf(spans);
        }
    }

    /** Several places match and {@code replace_all} was not set; {@code lines} are where each begins (1-based). */
    record Ambiguous(Rung rung, List<Integer> lines) implements EditMatch {
        public Ambiguous {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Nothing matches, even on the last rung; {@code closest} holds the lines most like {@code old_text}, the first
     * of them numbered {@code firstLine}, or none when no line resembles it.
     */
    record Missing(int firstLine, List<String> closest) implements EditMatch {
        public Missing {
            closest = List.copyOf(closest);
        }
    }
}
