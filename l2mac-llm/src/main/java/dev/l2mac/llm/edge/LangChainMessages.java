package dev.l2mac.llm.edge;

import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.llm.Usage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates between the port's types and LangChain4j's provider-neutral ones, the same way for every adapter: our
 * messages and tool specs go out as LangChain4j messages and {@link ToolSpecification}s, a reply comes back through
 * {@link AiMessage}. Tool call arguments stay the exact text the model wrote, valid JSON or not.
 */
public final class LangChainMessages {
    /** Tool call ids for providers that omit them (Gemini, Ollama, legacy {@code function_call}). */
    private static final String SYNTHETIC_CALL_ID_PREFIX = "call_";

    private LangChainMessages() {}

    public static List<ChatMessage> toLangChain(List<Message> messages) {
        List<ChatMessage> translated = new ArrayList<>(messages.size());
        for (Message message : messages) {
            switch (message) {
                // LangChain4j refuses a blank system message, and one carries nothing for the model anyway.
                case Message.SystemMessage system when system.text().isBlank() -> {}
                case Message.SystemMessage system -> translated.add(SystemMessage.from(system.text()));
                case Message.UserMessage user -> translated.add(UserMessage.from(user.text()));
                case Message.AssistantMessage assistant -> translated.add(toAiMessage(assistant));
                case Message.ToolResultMessage result ->
                    translated.add(
                            ToolExecutionResultMessage.from(result.toolCallId(), result.toolName(), result.text()));
            }
        }
        return translated;
    }

    private static AiMessage toAiMessage(Message.AssistantMessage assistant) {
        if (!assistant.hasToolCalls()) {
            return AiMessage.from(assistant.text());
        }
        List<ToolExecutionRequest> requests = assistant.toolCalls().stream()
                .map(call -> ToolExecutionRequest.builder()
                        .id(call.id())
                        .name(call.name())
                        .arguments(call.arguments())
                        .build())
                .toList();
        return AiMessage.builder()
                .text(assistant.text().isEmpty() ? null : assistant.text())
                .toolExecutionRequests(requests)
                .build();
    }

    /** @throws LlmException.Fatal when a tool's parameters schema cannot be translated, naming the tool and path */
    public static List<ToolSpecification> toolSpecifications(List<ToolSpec> tools) throws LlmException.Fatal {
        List<ToolSpecification> specifications = new ArrayList<>(tools.size());
        for (ToolSpec tool : tools) {
            try {
                specifications.add(ToolSpecification.builder()
                        .name(tool.name())
                        .description(tool.description())
                        .parameters(JsonSchemaReader.readParameters(tool.parametersSchema()))
                        .build());
            } catch (IllegalArgumentException e) {
                throw new LlmException.Fatal(
                        "the parameters schema of tool '" + tool.name() + "' cannot be sent to the model: "
                                + e.getMessage(),
                        e);
            }
        }
        return specifications;
    }

    public static Message.AssistantMessage fromAiMessage(AiMessage reply) {
        List<ToolCall> calls = new ArrayList<>();
        List<ToolExecutionRequest> requests = reply.toolExecutionRequests();
        for (int i = 0; i < requests.size(); i++) {
            ToolExecutionRequest request = requests.get(i);
            String id = request.id() == null || request.id().isBlank() ? SYNTHETIC_CALL_ID_PREFIX + i : request.id();
            // A nameless call still reaches the control unit, which answers the model with an "unknown tool" error.
            calls.add(new ToolCall(id, request.name() == null ? "" : request.name(), request.arguments()));
        }
        return new Message.AssistantMessage(reply.text(), calls);
    }

    public static FinishReason finishReason(dev.langchain4j.model.output.FinishReason reason) {
        if (reason == null) {
            return FinishReason.OTHER;
        }
        return switch (reason) {
            case STOP -> FinishReason.STOP;
            case LENGTH -> FinishReason.LENGTH;
            case TOOL_EXECUTION -> FinishReason.TOOL_CALLS;
            case CONTENT_FILTER -> FinishReason.CONTENT_FILTER;
            case OTHER -> FinishReason.OTHER;
        };
    }

    public static Usage usage(TokenUsage usage) {
        if (usage == null) {
            return Usage.NONE;
        }
        return new Usage(nonNegative(usage.inputTokenCount()), nonNegative(usage.outputTokenCount()));
    }

    public static long nonNegative(Integer count) {
        return count == null || count < 0 ? 0 : count;
    }
}
