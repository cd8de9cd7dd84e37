package dev.l2mac.llm.provider;

import dev.l2mac.llm.edge.JdkTransport;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaChatRequestParameters;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.util.List;

/**
 * Ollama's native {@code /api/chat}. Its API has no {@code tool_choice}: a forced tool is the only tool offered in
 * that request, which is as close as the API allows; a model that answers in text instead reaches the control unit
 * as a reply without the tool call, which it already handles.
 */
final class OllamaModels implements ProviderModels {
    private static final int NO_RETRIES = 0;

    private final ChatModel chat;
    private final StreamingChatModel streaming;

    OllamaModels(ProviderSettings settings) {
        this.chat = OllamaChatModel.builder()
                .httpClientBuilder(JdkTransport.builder(settings.timeout()))
                .baseUrl(settings.baseUrl())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(NO_RETRIES)
                .build();
        this.streaming = OllamaStreamingChatModel.builder()
                .httpClientBuilder(JdkTransport.builder(settings.timeout()))
                .baseUrl(settings.baseUrl())
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
        List<ToolSpecification> offered = forcedTool == null
                ? tools
                : tools.stream().filter(tool -> tool.name().equals(forcedTool)).toList();
        OllamaChatRequestParameters parameters = OllamaChatRequestParameters.builder()
                .temperature(temperature)
                .maxOutputTokens(maxOutputTokens)
                .toolSpecifications(offered)
                .build();
        return ChatRequest.builder().messages(messages).parameters(parameters).build();
    }
}
