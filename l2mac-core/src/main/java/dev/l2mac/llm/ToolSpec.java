package dev.l2mac.llm;

import java.util.Objects;

/**
 * A tool offered to the model: its name, what it does, and its parameters as a JSON Schema object (JSON text).
 */
public record ToolSpec(String name, String description, String parametersSchema) {
    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parametersSchema, "parametersSchema");
    }
}
