package dev.l2mac.run;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a run stands, as its record and its finish event say: {@code RUNNING} until it finishes (also a run that
 * was interrupted and not resumed); {@code MODEL_FAILED} when the model could not be asked (authentication, unknown
 * model, retries exhausted); {@code BUDGET_REACHED} when the next request could have crossed a budget, so the run
 * stopped before it. Written as {@code running}, {@code completed}, {@code failed}, {@code model-failed} and
 * {@code budget-reached}.
 */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED,
    MODEL_FAILED,
    BUDGET_REACHED;

    /** The status as the run's files write it. */
    @JsonValue
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
