package dev.l2mac.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.tools.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The messages of one instruction after its fresh context: the model's replies, tool results and feedback. An
 * exchange is one reply of the model with everything that answers it, up to the next reply.
 */
final class Dialog {
    /** Arguments of a refused call up to this length stay in the dialog as sent, so the model can see its mistake. */
    static final int KEPT_CHARS = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();
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

    /**
     * Keeps refused tool calls from filling the context: in {@code reply} (the same instance, already here), the
     * arguments of each call whose id is {@code refused} and that are longer than {@link #KEPT_CHARS} (a file far
     * over the size limit, say) are replaced by a short note, while the refusal itself stays, so the model sees why
     * instead of losing it to an overflow.
     */
    void elideRefused(Message.AssistantMessage reply, Set<String> refused) {
        if (reply.toolCalls().stream().noneMatch(call -> isElided(call, refused))) {
            return;
        }
        Message elided = new Message.AssistantMessage(
                reply.text(),
                reply.toolCalls().stream()
                        .map(call -> isElided(call, refused) ? new ToolCall(call.id(), call.name(), note(call)) : call)
                        .toList());
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) == reply) {
                messages.set(i, elided);
                return;
            }
        }
    }

    private static boolean isElided(ToolCall call, Set<String> refused) {
        return refused.contains(call.id()) && call.arguments().length() > KEPT_CHARS;
    }

    /** A JSON object, as providers expect arguments to be, saying what was left out. */
    private static String note(ToolCall call) {
        return JSON.createObjectNode()
                .put(
                        "elided",
                        "the " + call.arguments().length() + " characters of arguments"
                                + " of this refused call are left out here; its result says why it was refused")
                .toString();
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
