package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;

/** {@code sub_task_step_complete}: the model declares the current instruction done, which triggers the checks. */
final class StepCompleteTool implements Tool {

    static final String NAME = "sub_task_step_complete";

    private static final ToolSpec SPEC =
            new ToolSpec(NAME, "Call this when the current sub-task step is complete and all its tests pass.", """
            {"type": "object", "properties": {}}""");

    /** Repeat-safe: it only declares the instruction complete. */
    @Override
    public boolean repeatSafe() {
        return true;
    }

    @Override
    public boolean mayChangeFiles() {
        return false;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        return new ToolResult.StepCompleted();
    }
}
