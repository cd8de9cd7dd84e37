package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;

/** A tool the model can call: its specification and what a call does. */
public interface Tool {

    ToolSpec spec();

    /**
     * Executes one call whose arguments are already parsed JSON (an object). Must not throw for any input: every
     * problem is a {@link ToolResult.Error}.
     */
    ToolResult call(JsonNode arguments);

    default String name() {
        return spec().name();
    }
}
