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

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
