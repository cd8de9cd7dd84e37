package dev.l2mac.llm;

import java.util.Objects;

/** The model's reply to one request, the tokens it cost, and why it stopped. */
public record ChatResponse(Message.AssistantMessage message, Usage usage, FinishReason finishReason) {
    public ChatResponse {
        Objects.requireNonNull(message, "message");
        usage = usage == null ? Usage.NONE : usage;
        finishReason = finishReason == null ? FinishReason.OTHER : finishReason;
    }
}
