package dev.l2mac.llm.openai;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.langchain4j.model.openai.internal.DefaultOpenAiClient;
import dev.langchain4j.model.openai.internal.OpenAiClient;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionRequest;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionResponse;
import java.time.Clock;

/**
 * An {@link LlmClient} for OpenAI's chat-completions API and every server compatible with it, built on LangChain4j's
 * OpenAI client: one request, one HTTP call, no retries (those belong to {@link dev.l2mac.llm.RetryingLlmClient}),
 * every failure classified into an {@link LlmException}.
 *
 * <p>It uses LangChain4j's lower-level {@code OpenAiClient} rather than {@code OpenAiChatModel}, because only that
 * level can force one named tool ({@code tool_choice} as an object); the portable {@code ToolChoice} stops at
 * "required". The lower level also performs no retries of its own.
 */
public final class OpenAiCompatibleClient implements LlmClient {
    private static final String USER_AGENT = "l2mac";

    private final OpenAiSettings settings;
    private final OpenAiClient client;
    private final FailureClassifier classifier;

    public OpenAiCompatibleClient(OpenAiSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock the time an HTTP-date in {@code Retry-After} is measured from */
    public OpenAiCompatibleClient(OpenAiSettings settings, Clock clock) {
        this.settings = settings;
        this.client = DefaultOpenAiClient.builder()
                .httpClientBuilder(new JdkTransport.Builder(settings.timeout()))
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .userAgent(USER_AGENT)
                .logRequests(false)
                .logResponses(false)
                .build();
        this.classifier = new FailureClassifier(settings, clock);
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        ChatCompletionRequest wireRequest = ChatTranslation.toWire(request, settings.model());
        try {
            ChatCompletionResponse wireResponse = client.chatCompletion(wireRequest).execute();
            return ChatTranslation.fromWire(wireResponse);
        } catch (RuntimeException failure) {
            throw classifier.classify(failure);
        }
    }

    @Override
    public String modelName() {
        return settings.model();
    }

    public OpenAiSettings settings() {
        return settings;
    }
}
