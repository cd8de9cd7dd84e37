package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.ToolCall;

/** Test shorthand for calling tools with JSON arguments. */
final class Calls {

    static final ObjectMapper JSON = new ObjectMapper();

    private Calls() {}

    static ToolCall call(String name, String arguments) {
        return new ToolCall("call-1", name, arguments);
    }

    /** An object of these keys and values, in pairs, such as {@code object("files", List.of("a.py"))}. */
    static JsonNode object(Object... keysAndValues) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.valueToTree(fields);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
