package dev.l2mac.run;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kind of a tool result recorded before {@code tool-returned} carried its {@code kind} (logs of format 0): told
 * from the texts those versions sent the model, which they wrote in exactly these forms. Only for reading old logs;
 * nothing else judges a tool result by its text.
 */
final class LegacyToolResults {
    /** The text of a step-completed result in format 0. */
    static final String STEP_COMPLETED = "Step marked complete; running checks.";
    /** The only tool that ran tests in format 0, and how its finished runs began. */
    static final String TEST_TOOL = "pytest_files";

    static final String TESTS_PASSED = "Exit code 0:";
    static final String TESTS_FINISHED = "Exit code ";

    private LegacyToolResults() {}

    static ToolOutcome kind(JsonNode toolReturned) {
        String text = toolReturned.path("text").asText();
        if (!toolReturned.path("ok").asBoolean(true)) {
            return ToolOutcome.ERROR;
        }
        if (STEP_COMPLETED.equals(text)) {
            return ToolOutcome.STEP_COMPLETED;
        }
        if (TEST_TOOL.equals(toolReturned.path("name").asText()) && text.startsWith(TESTS_FINISHED)) {
            return text.startsWith(TESTS_PASSED) ? ToolOutcome.TESTS_PASSED : ToolOutcome.TESTS_FAILED;
        }
        return ToolOutcome.OK;
    }
}
