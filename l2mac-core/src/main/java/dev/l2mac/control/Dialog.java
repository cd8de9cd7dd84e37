package dev.l2mac.control;

import dev.l2mac.llm.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of one instruction after its fresh context: the model's replies, tool results and feedback. An
 * exchange is one reply of the model with everything that answers it, up to the next reply.
 */
final class Dialog {
    private final List<Message> messages = new ArrayList<>();

    void add(Message message) {
        messages.add(message);
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
