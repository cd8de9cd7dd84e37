package dev.l2mac.llm;

import java.util.Objects;

/** A call of a named tool with its arguments exactly as the model wrote them (JSON text, possibly invalid). */
public record ToolCall(String id, String name, String arguments) {
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? "" : arguments;
    }
}
