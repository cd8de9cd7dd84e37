package dev.l2mac.control;

import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.tools.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of one instruction after its fresh context: the model's replies, tool results and feedback. An
 * exchange is one reply of the model with everything that answers it, up to the next reply.
 */
final class Dialog {
    private final List<Message> messages = new ArrayList<>();
    /** The result of each tool call answered here, by call id: what its message's text came from. */
    private final Map<String, ToolResult> results = new HashMap<>();

    void add(Message message) {
        messages.add(message);
    }

    /** Adds the answer to {@code call}: the message the model is sent, keeping the result it came from. */
    void add(ToolCall call, ToolResult result) {
        messages.add(ToolReplies.message(call, result));
        results.put(call.id(), result);
    }

    /** The results of the tool calls answered here, by call id. */
    Map<String, ToolResult> results() {
        return Map.copyOf(results);
    }

    /** Puts {@code replacement} where {@code message} (the same instance) is; nothing when it is not here. */
    void replace(Message message, Message replacement) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) == message) {
                messages.set(i, replacement);
                return;
            }
        }
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    void clear() {
        messages.clear();
        results.clear();
    }

    /** Drops the oldest exchange; returns false when there was nothing to drop. */
    boolean dropOldestExchange() {
        if (messages.isEmpty()) {
            return false;
        }
        int end = 1;
        while (end < messages.size() && !(messages.get(end) instanceof Message.AssistantMessage)) {
            end++;
        }
        messages.subList(0, end).clear();
        return true;
    }
}
