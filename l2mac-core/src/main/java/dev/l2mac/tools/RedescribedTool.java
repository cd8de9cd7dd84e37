package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;

/** A tool offered under another description, as a stack words it; calls go to the tool unchanged. */
record RedescribedTool(Tool tool, String description) implements Tool {

    @Override
    public ToolSpec spec() {
        ToolSpec own = tool.spec();
        return new ToolSpec(own.name(), description, own.parametersSchema());
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        return tool.call(arguments);
    }

    @Override
    public boolean repeatSafe() {
        return tool.repeatSafe();
    }

    @Override
    public boolean mayChangeFiles() {
        return tool.mayChangeFiles();
    }
}
