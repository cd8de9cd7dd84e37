package dev.l2mac.llm.provider;

import dev.l2mac.llm.edge.JdkTransport;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicChatRequestParameters;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import java.util.List;

/**
 * Anthropic's Messages API. A forced tool is sent as {@code "tool_choice": {"type": "tool", "name": ...}}, which
 * LangChain4j writes from {@link AnthropicChatRequestParameters#toolChoiceName()}.
 */
final class AnthropicModels implements ProviderModels {
    private static final int NO_RETRIES = 0;

    private final ChatModel chat;
    private final StreamingChatModel streaming;

    AnthropicModels(ProviderSettings settings) {
        this.chat = AnthropicChatModel.builder()
                .httpClientBuilder(JdkTransport.builder(settings.timeout()))
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(NO_RETRIES)
                .build();
        this.streaming = AnthropicStreamingChatModel.builder()
                .httpClientBuilder(JdkTransport.builder(settings.timeout()))
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .build();
    }

    @Override
    public ChatModel chatModel(String forcedTool) {
        return chat;
    }

    @Override
    public StreamingChatModel streamingModel(String forcedTool) {
        return streaming;
    }

    @Override
    public ChatRequest request(
            List<ChatMessage> messages,
            List<ToolSpecification> tools,
            String forcedTool,
            double temperature,
            int maxOutputTokens) {
        AnthropicChatRequestParameters.Builder parameters = AnthropicChatRequestParameters.builder()
                .temperature(temperature)
                .maxOutputTokens(maxOutputTokens)
                .toolSpecifications(tools);
        if (forcedTool != null) {
            parameters.toolChoice(ToolChoice.REQUIRED).toolChoiceName(forcedTool);
        }
        return ChatRequest.builder()
                .messages(messages)
                .parameters(parameters.build())
                .build();
    }
}
