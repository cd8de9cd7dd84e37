package dev.l2mac.run;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kind of a tool call's result, one per kind of {@code ToolResult}, as the event log writes it: ok, error,
 * step-completed, or tests-passed and tests-failed for a tool that ran tests to the end.
 */
public enum ToolOutcome {
    OK,
    ERROR,
    STEP_COMPLETED,
    TESTS_PASSED,
    TESTS_FAILED;

    @JsonValue
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
