package dev.l2mac.tools.text;

import java.util.regex.Pattern;

/**
 * What {@code search_files} looks for in each line: literal text (case-sensitive) or a Java regex. A regex runs
 * within a budget of character reads shared by the whole search, so one that backtracks catastrophically stops the
 * search instead of hanging the run.
 */
public sealed interface LinePattern {

    /** True when {@code line} (without its line break) holds a match. */
    boolean matches(String line) throws TooSlowException;

    /** The regex read more characters than its budget allows. */
    final class TooSlowException extends Exception {
        TooSlowException() {
            super("the regex read more characters than its budget allows", null, false, false);
        }
    }

    record Literal(String text) implements LinePattern {
        @Override
        public boolean matches(String line) {
            return line.contains(text);
        }
    }

    /** A regex that may read at most {@code budget.remaining} characters over all its calls. */
    record Regex(Pattern pattern, Budget budget) implements LinePattern {
        @Override
        public boolean matches(String line) throws TooSlowException {
            try {
                return pattern.matcher(new BudgetedChars(line, 0, line.length(), budget))
                        .find();
            } catch (BudgetedChars.Exhausted e) {
                throw new TooSlowException();
            }
        }
    }

    /** Character reads a regex may still make. */
    public final class Budget {
        private long remaining;

        public Budget(long reads) {
            this.remaining = reads;
        }
    }

    /** Characters whose every read spends the budget; the regex engine reads only through {@link #charAt}. */
    record BudgetedChars(String text, int start, int end, Budget budget) implements CharSequence {

        /** Unchecked, because it must cross the regex engine; turned into {@link TooSlowException} above it. */
        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }

        @Override
        public char charAt(int index) {
            if (--budget.remaining < 0) {
                throw new Exhausted();
            }
            return text.charAt(start + index);
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new BudgetedChars(text, start + from, start + to, budget);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
