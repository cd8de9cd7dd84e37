package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import java.util.List;

/**
 * The two places where the path of an instruction forks on a judgement: whether a request would overflow the
 * context window before it is sent, and whether the checks pass. Given the control unit's own judgement, an
 * implementation returns the one to follow: a live run follows its own ({@link #OWN}); a replay follows its
 * recording.
 */
public interface Verdicts {

    /** Follows the control unit's own judgement everywhere. */
    Verdicts OWN = new Verdicts() {
        @Override
        public boolean overflowsBeforeSending(int instruction, int promptTokens, boolean ownPrediction) {
            return ownPrediction;
        }

        @Override
        public boolean checksPass(int instruction, List<CheckReport> reports, boolean ownVerdict) {
            return ownVerdict;
        }
    };

    /** Whether the next request of {@code instruction}, of {@code promptTokens} by our count, is not to be sent. */
    boolean overflowsBeforeSending(int instruction, int promptTokens, boolean ownPrediction);

    /** Whether the checks of {@code instruction} count as passed, given their reports. */
    boolean checksPass(int instruction, List<CheckReport> reports, boolean ownVerdict);
}
