package dev.l2mac.eval;

import java.util.Objects;

/**
 * How EvalPlus judges a problem: the reference solution's outputs on the data row's inputs are the expected ones,
 * and a candidate passes when its output on every input compares equal under {@code comparison}.
 *
 * @param row        the problem's row of the EvalPlus (non-OriginFmt) data file, as JSON text: entry_point,
 *                   canonical_solution, base_input, plus_input, atol
 * @param comparison how one output is compared with the expected one
 */
public record OutputOracle(String row, Comparison comparison) {
    public OutputOracle {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** EvalPlus's comparisons of one output with the expected one. */
    public enum Comparison {
        /** Equal, or for floats within the row's atol (1e-6 when it is 0) plus a 1e-7 relative tolerance. */
        EQUAL("equal"),
        /** Only whether the output is None is compared, for tasks whose reference returns a regex match or None. */
        NOT_NONE("not-none");

        private final String wireName;

        Comparison(String wireName) {
            this.wireName = wireName;
        }

        /** The name the judging script expects. */
        String wireName() {
            return wireName;
        }
    }
}
