package dev.l2mac.llm;

import java.util.List;
import java.util.Objects;

/**
 * One context window to send: the messages, the tools offered, optionally one tool the model must call, the
 * sampling temperature and the maximum number of tokens to generate.
 *
 * @param forcedTool name of a tool in {@code tools} that the model must call, or {@code null}
 */
public record ChatRequest(
        List<Message> messages, List<ToolSpec> tools, String forcedTool, double temperature, int maxOutputTokens) {
    public ChatRequest {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one message");
        }
        if (forcedTool != null && tools.stream().noneMatch(t -> t.name().equals(forcedTool))) {
            throw new IllegalArgumentException("forced tool '" + forcedTool + "' is not among the tools offered");
        }
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("temperature must be within [0, 2], was " + temperature);
        }
        if (maxOutputTokens <= 0) {
            throw new IllegalArgumentException("maxOutputTokens must be positive, was " + maxOutputTokens);
        }
        Objects.requireNonNull(messages);
    }
}
