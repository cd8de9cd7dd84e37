package dev.l2mac.eval.polyglot;

import java.time.Duration;

/** How a candidate fared against an exercise's tests. Only {@link Passed} is a pass. */
public sealed interface TestOutcome {

    /** The label used in reports: {@code passed}, {@code failed}, {@code timed-out}, {@code not-measurable}. */
    String label();

    /** What a person (or the model's second attempt) reads: the end of the tests' output, or why none ran. */
    String detail();

    default boolean passed() {
        return this instanceof Passed;
    }

    /** Every test ran and passed; {@code tests} is how many. */
    record Passed(int tests) implements TestOutcome {
        @Override
        public String label() {
            return "passed";
        }

        @Override
        public String detail() {
            return tests + " tests passed";
        }
    }

    /** Some test failed, or the tests did not compile or load; {@code detail} says which and why. */
    record Failed(String detail) implements TestOutcome {
        @Override
        public String label() {
            return "failed";
        }
    }

    /** The tests were still running at the limit and were killed. */
    record TimedOut(Duration limit, String output) implements TestOutcome {
        @Override
        public String label() {
            return "timed-out";
        }

        @Override
        public String detail() {
            return "the tests were still running after " + limit.toSeconds() + " s and were killed\n" + output;
        }
    }

    /** The language's test tools could not be had here (a download or an install failed); nothing was scored. */
    record NotMeasurable(String reason) implements TestOutcome {
        @Override
        public String label() {
            return "not-measurable";
        }

        @Override
        public String detail() {
            return reason;
        }
    }
}
