package dev.l2mac.llm;

import java.util.List;
import java.util.Objects;

/** One message of a context window. The set is closed: every consumer switches over it exhaustively. */
public sealed interface Message {

    /** The text the message contributes to the context, for token counting and logs. */
    String text();

    record SystemMessage(String text) implements Message {
        public SystemMessage {
            Objects.requireNonNull(text, "text");
        }
    }

    record UserMessage(String text) implements Message {
        public UserMessage {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A reply of the model: text (possibly empty) and the tool calls it made, in order. */
    record AssistantMessage(String text, List<ToolCall> toolCalls) implements Message {
        public AssistantMessage {
            text = text == null ? "" : text;
            toolCalls = List.copyOf(toolCalls);
        }

        public static AssistantMessage ofText(String text) {
            return new AssistantMessage(text, List.of());
        }

        public boolean hasToolCalls() {
            return !toolCalls.isEmpty();
        }
    }

    /** The result of one tool call, answering the call with the same id. */
    record ToolResultMessage(String toolCallId, String toolName, String text) implements Message {
        public ToolResultMessage {
            Objects.requireNonNull(toolCallId, "toolCallId");
            Objects.requireNonNull(toolName, "toolName");
            Objects.requireNonNull(text, "text");
        }
    }
}
