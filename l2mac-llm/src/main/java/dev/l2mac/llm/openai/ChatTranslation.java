package dev.l2mac.llm.openai;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
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
import dev.langchain4j.model.openai.internal.OpenAiUtils;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionChoice;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionRequest;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates between the port's types and LangChain4j's: our messages and tool specs become LangChain4j messages
 * and {@link ToolSpecification}s, which LangChain4j turns into the chat-completions wire types; the reply comes back
 * through LangChain4j's {@link AiMessage}. Tool call arguments stay the exact text the model wrote.
 */
final class ChatTranslation {
    /** Tool call ids for servers that omit them (legacy {@code function_call}); unique within one reply. */
    private static final String SYNTHETIC_CALL_ID_PREFIX = "call_";

    private ChatTranslation() {
    }

    /** OpenAI's {@code ChatCompletionNamedToolChoice}, exactly: serialized as written, in component order. */
    record NamedToolChoice(String type, Function function) {
        record Function(String name) {
        }

        static NamedToolChoice of(String toolName) {
            return new NamedToolChoice("function", new Function(toolName));
        }
    }

    /**
     * The request body. A forced tool becomes {@code "tool_choice": {"type": "function", "function": {"name": ..}}}:
     * LangChain4j's portable {@code ToolChoice} can only say "required", and its OpenAI {@code ToolChoice} class also
     * writes an empty {@code "parameters"} beside the name, so {@link NamedToolChoice} is given to its request builder.
     * The output cap is sent as {@code max_tokens}, which every compatible server understands.
     *
     * @throws LlmException.Fatal when a tool's parameters schema cannot be translated
     */
    static ChatCompletionRequest toWire(ChatRequest request, String model) throws LlmException.Fatal {
        ChatCompletionRequest.Builder wire = ChatCompletionRequest.builder()
                .model(model)
                .messages(OpenAiUtils.toOpenAiMessages(toLangChain(request.messages())))
                .temperature(request.temperature())
                .maxTokens(request.maxOutputTokens())
                .tools(OpenAiUtils.toTools(toolSpecifications(request.tools()), false));
        if (request.forcedTool() != null) {
            wire.toolChoice((Object) NamedToolChoice.of(request.forcedTool()));
        }
        return wire.build();
    }

    static List<ChatMessage> toLangChain(List<Message> messages) {
        List<ChatMessage> translated = new ArrayList<>(messages.size());
        for (Message message : messages) {
            switch (message) {
                // LangChain4j refuses a blank system message, and one carries nothing for the model anyway.
                case Message.SystemMessage system when system.text().isBlank() -> { }
                case Message.SystemMessage system -> translated.add(SystemMessage.from(system.text()));
                case Message.UserMessage user -> translated.add(UserMessage.from(user.text()));
                case Message.AssistantMessage assistant -> translated.add(toAiMessage(assistant));
                case Message.ToolResultMessage result -> translated.add(
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
                        .id(call.id()).name(call.name()).arguments(call.arguments()).build())
                .toList();
        return AiMessage.builder()
                .text(assistant.text().isEmpty() ? null : assistant.text())
                .toolExecutionRequests(requests)
                .build();
    }

    static List<ToolSpecification> toolSpecifications(List<ToolSpec> tools) throws LlmException.Fatal {
        List<ToolSpecification> specifications = new ArrayList<>(tools.size());
        for (ToolSpec tool : tools) {
            try {
                specifications.add(ToolSpecification.builder()
                        .name(tool.name())
                        .description(tool.description())
                        .parameters(JsonSchemaReader.readParameters(tool.parametersSchema()))
                        .build());
            } catch (IllegalArgumentException e) {
                throw new LlmException.Fatal("the parameters schema of tool '" + tool.name()
                        + "' cannot be sent to the model: " + e.getMessage(), e);
            }
        }
        return specifications;
    }

    /**
     * The reply of the first choice. A refusal comes back as its text with {@link FinishReason#CONTENT_FILTER}.
     *
     * @throws LlmException.Transient when the server answered without any choice, which a retry usually mends
     */
    static ChatResponse fromWire(ChatCompletionResponse response) throws LlmException.Transient {
        if (response.choices() == null || response.choices().isEmpty()
                || response.choices().getFirst().message() == null) {
            throw new LlmException.Transient("the server answered without a reply (no choices in the chat "
                    + "completion); another attempt usually succeeds", null);
        }
        ChatCompletionChoice choice = response.choices().getFirst();
        Usage usage = usage(response.usage());
        String refusal = choice.message().refusal();
        if (refusal != null && !refusal.isBlank()) {
            return new ChatResponse(Message.AssistantMessage.ofText(refusal), usage, FinishReason.CONTENT_FILTER);
        }
        AiMessage reply = OpenAiUtils.aiMessageFrom(ChatCompletionResponse.builder()
                .choices(List.of(choice)).build());
        return new ChatResponse(fromAiMessage(reply), usage, finishReason(choice.finishReason()));
    }

    static Message.AssistantMessage fromAiMessage(AiMessage reply) {
        List<ToolCall> calls = new ArrayList<>();
        List<ToolExecutionRequest> requests = reply.toolExecutionRequests();
        for (int i = 0; i < requests.size(); i++) {
            ToolExecutionRequest request = requests.get(i);
            String id = request.id() == null ? SYNTHETIC_CALL_ID_PREFIX + i : request.id();
            // A nameless call still reaches the control unit, which answers the model with an "unknown tool" error.
            calls.add(new ToolCall(id, request.name() == null ? "" : request.name(), request.arguments()));
        }
        return new Message.AssistantMessage(reply.text(), calls);
    }

    static FinishReason finishReason(String wireReason) {
        dev.langchain4j.model.output.FinishReason reason = OpenAiUtils.finishReasonFrom(wireReason);
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

    private static Usage usage(dev.langchain4j.model.openai.internal.shared.Usage wire) {
        if (wire == null) {
            return Usage.NONE;
        }
        return new Usage(nonNegative(wire.promptTokens()), nonNegative(wire.completionTokens()));
    }

    private static long nonNegative(Integer count) {
        return count == null || count < 0 ? 0 : count;
    }
}
