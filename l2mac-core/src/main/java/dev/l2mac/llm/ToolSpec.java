package dev.l2mac.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * A tool offered to the model: its name, what it does, and its parameters as a JSON Schema object, held as compact
 * JSON text (the form sent on the wire, and so the form whose tokens are counted).
 */
public record ToolSpec(String name, String description, String parametersSchema) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parametersSchema, "parametersSchema");
        parametersSchema = compact(name, parametersSchema);
    }

    private static String compact(String name, String schema) {
        try {
            JsonNode tree = JSON.readTree(schema);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("the parameters of tool " + name + " must be a JSON object");
            }
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the parameters of tool " + name + " are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
