package dev.l2mac.llm.openai;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.edge.LangChainMessages;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.openai.internal.OpenAiUtils;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionChoice;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionRequest;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionResponse;
import java.util.List;

/**
 * Translates between the port's types and LangChain4j's: our messages and tool specs become LangChain4j messages
 * and {@link ToolSpecification}s, which LangChain4j turns into the chat-completions wire types; the reply comes back
 * through LangChain4j's {@link AiMessage}. Tool call arguments stay the exact text the model wrote.
 */
final class ChatTranslation {
    private ChatTranslation() {}

    /** OpenAI's {@code ChatCompletionNamedToolChoice}, exactly: serialized as written, in component order. */
    record NamedToolChoice(String type, Function function) {
        record Function(String name) {}

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
                .messages(OpenAiUtils.toOpenAiMessages(LangChainMessages.toLangChain(request.messages())))
                .temperature(request.temperature())
                .maxTokens(request.maxOutputTokens())
                .tools(OpenAiUtils.toTools(LangChainMessages.toolSpecifications(request.tools()), false));
        if (request.forcedTool() != null) {
            wire.toolChoice((Object) NamedToolChoice.of(request.forcedTool()));
        }
        return wire.build();
    }

    /**
     * The reply of the first choice. A refusal comes back as its text with {@link FinishReason#CONTENT_FILTER}.
     *
     * @throws LlmException.Transient when the server answered without any choice, which a retry usually mends
     */
    static ChatResponse fromWire(ChatCompletionResponse response) throws LlmException.Transient {
        if (response.choices() == null
                || response.choices().isEmpty()
                || response.choices().getFirst().message() == null) {
            throw new LlmException.Transient(
                    "the server answered without a reply (no choices in the chat "
                            + "completion); another attempt usually succeeds",
                    null);
        }
        ChatCompletionChoice choice = response.choices().getFirst();
        Usage usage = usage(response.usage());
        String refusal = choice.message().refusal();
        if (refusal != null && !refusal.isBlank()) {
            return new ChatResponse(Message.AssistantMessage.ofText(refusal), usage, FinishReason.CONTENT_FILTER);
        }
        AiMessage reply = OpenAiUtils.aiMessageFrom(
                ChatCompletionResponse.builder().choices(List.of(choice)).build());
        return new ChatResponse(LangChainMessages.fromAiMessage(reply), usage, finishReason(choice.finishReason()));
    }

    static FinishReason finishReason(String wireReason) {
        return LangChainMessages.finishReason(OpenAiUtils.finishReasonFrom(wireReason));
    }

    private static Usage usage(dev.langchain4j.model.openai.internal.shared.Usage wire) {
        if (wire == null) {
            return Usage.NONE;
        }
        return new Usage(
                LangChainMessages.nonNegative(wire.promptTokens()),
                LangChainMessages.nonNegative(wire.completionTokens()));
    }
}
