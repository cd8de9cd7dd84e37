package dev.l2mac.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The tool calls of a chat completion's choices, mended in place into the shape the wire format promises: every
 * call an object with an id, {@code type} "function" and a function with a text name and text arguments. In a
 * streamed chunk only what is present is mended, since later pieces of a call rightly lack its id and name.
 */
final class ToolCallShape {
    private static final String FUNCTION = "function";

    private ToolCallShape() {}

    /** @return whether anything was changed */
    static boolean mend(ObjectNode reply, boolean chunk) {
        boolean changed = false;
        for (JsonNode choice : reply.path("choices")) {
            JsonNode message = choice.path(chunk ? "delta" : "message");
            if (message instanceof ObjectNode owner) {
                changed |= mendContent(owner) | mendCalls(owner, chunk);
            }
        }
        return changed;
    }

    /** Content sent as parts or any other JSON value is kept as its text. */
    private static boolean mendContent(ObjectNode message) {
        JsonNode content = message.get("content");
        if (content == null || content.isNull() || content.isTextual()) {
            return false;
        }
        message.put("content", content.toString());
        return true;
    }

    private static boolean mendCalls(ObjectNode message, boolean chunk) {
        JsonNode calls = message.get("tool_calls");
        if (calls == null || calls.isNull()) {
            return false;
        }
        if (!(calls instanceof ArrayNode list)) {
            message.putArray("tool_calls").add(calls);
            mendCalls(message, chunk);
            return true;
        }
        boolean changed = false;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof ObjectNode)) {
                list.set(i, list.objectNode());
                changed = true;
            }
            changed |= mendCall((ObjectNode) list.get(i), i, chunk, ids);
        }
        return changed;
    }

    private static boolean mendCall(ObjectNode call, int position, boolean chunk, Set<String> ids) {
        boolean changed = false;
        JsonNode id = call.get("id");
        boolean idUsable = id != null && id.isTextual() && !id.textValue().isBlank() && ids.add(id.textValue());
        if (!idUsable && (!chunk || (id != null && !id.isNull()))) {
            String fresh = ChatCompletionRepair.generatedId(position);
            call.put("id", fresh);
            ids.add(fresh);
            changed = true;
        }
        JsonNode type = call.get("type");
        if ((type == null && !chunk) || (type != null && !FUNCTION.equals(type.asText(null)))) {
            call.put("type", FUNCTION);
            changed = true;
        }
        if (call.has("index") && !call.get("index").canConvertToInt()) {
            call.remove("index");
            changed = true;
        }
        if (!(call.get(FUNCTION) instanceof ObjectNode)) {
            call.putObject(FUNCTION);
            changed = true;
        }
        return mendFunction((ObjectNode) call.get(FUNCTION), chunk) || changed;
    }

    private static boolean mendFunction(ObjectNode function, boolean chunk) {
        boolean changed = false;
        JsonNode name = function.get("name");
        if (name == null || name.isNull() ? !chunk : !name.isTextual()) {
            function.put("name", name == null || name.isNull() || name.isContainerNode() ? "" : name.asText());
            changed = true;
        }
        JsonNode arguments = function.get("arguments");
        if (arguments == null || arguments.isNull()) {
            if (!chunk) {
                function.put("arguments", "");
                changed = true;
            }
        } else if (!arguments.isTextual()) {
            function.put("arguments", arguments.toString());
            changed = true;
        }
        return changed;
    }
}
