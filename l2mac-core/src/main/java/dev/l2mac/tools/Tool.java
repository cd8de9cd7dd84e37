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

    /**
     * True when executing a call again after an interruption (the run stopped between starting the call and
     * recording its result) leaves the workspace as a single execution would: reads, whole-file writes, deletes,
     * runs of tests. A tool that is not repeat-safe is never executed twice for one call.
     */
    default boolean repeatSafe() {
        return false;
    }

    /**
     * False when a call does not edit the workspace's code (reads, listings, test runs, whose byproducts are no
     * edits), so that a failing check that comes back unchanged after such calls shows the model is not acting on
     * it. True unless a tool knows better.
     */
    default boolean mayChangeFiles() {
        return true;
    }

    default String name() {
        return spec().name();
    }
}
