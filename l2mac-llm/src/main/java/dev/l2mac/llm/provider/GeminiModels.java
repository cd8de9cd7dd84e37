package dev.l2mac.llm.provider;

import dev.l2mac.llm.edge.JdkTransport;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.googleai.GeminiMode;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatRequestParameters;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Google's Gemini API ({@code generateContent}). A forced tool is sent as function calling mode {@code ANY} with
 * that one name in {@code allowedFunctionNames}; LangChain4j takes the allowed names only from the model's
 * configuration, so one model pair is kept per forced tool (the engine forces only a few).
 */
final class GeminiModels implements ProviderModels {
    private static final int NO_RETRIES = 0;
    private static final String NOTHING_FORCED = "";

    private final ProviderSettings settings;
    private final Map<String, ChatModel> chat = new ConcurrentHashMap<>();
    private final Map<String, StreamingChatModel> streaming = new ConcurrentHashMap<>();

    GeminiModels(ProviderSettings settings) {
        this.settings = settings;
    }

    @Override
    public ChatModel chatModel(String forcedTool) {
        return chat.computeIfAbsent(key(forcedTool), name -> {
            GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder = GoogleAiGeminiChatModel.builder()
                    .httpClientBuilder(JdkTransport.builder(settings.timeout()))
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey())
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(NO_RETRIES);
            return name.isEmpty()
                    ? builder.build()
                    : builder.toolConfig(GeminiMode.ANY, name).build();
        });
    }

    @Override
    public StreamingChatModel streamingModel(String forcedTool) {
        return streaming.computeIfAbsent(key(forcedTool), name -> {
            GoogleAiGeminiStreamingChatModel.GoogleAiGeminiStreamingChatModelBuilder builder =
                    GoogleAiGeminiStreamingChatModel.builder()
                            .httpClientBuilder(JdkTransport.builder(settings.timeout()))
                            .baseUrl(settings.baseUrl())
                            .apiKey(settings.apiKey())
                            .modelName(settings.model())
                            .timeout(settings.timeout());
            return name.isEmpty()
                    ? builder.build()
                    : builder.toolConfig(GeminiMode.ANY, name).build();
        });
    }

    @Override
    public ChatRequest request(
            List<ChatMessage> messages,
            List<ToolSpecification> tools,
            String forcedTool,
            double temperature,
            int maxOutputTokens) {
        GoogleAiGeminiChatRequestParameters.Builder parameters = GoogleAiGeminiChatRequestParameters.builder()
                .temperature(temperature)
                .maxOutputTokens(maxOutputTokens)
                .toolSpecifications(tools);
        if (forcedTool != null) {
            parameters.toolChoice(ToolChoice.REQUIRED);
        }
        return ChatRequest.builder()
                .messages(messages)
                .parameters(parameters.build())
                .build();
    }

    private static String key(String forcedTool) {
        return forcedTool == null ? NOTHING_FORCED : forcedTool;
    }
}
