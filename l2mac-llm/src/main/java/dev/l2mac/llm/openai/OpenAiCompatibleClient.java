package dev.l2mac.llm.openai;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.edge.Endpoint;
import dev.l2mac.llm.edge.FailureClassifier;
import dev.l2mac.llm.edge.JdkTransport;
import dev.langchain4j.model.openai.internal.DefaultOpenAiClient;
import dev.langchain4j.model.openai.internal.OpenAiClient;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionRequest;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionResponse;
import dev.langchain4j.model.openai.internal.shared.StreamOptions;
import java.time.Clock;
import java.util.Map;

/**
 * An {@link LlmClient} for OpenAI's chat-completions API and every server compatible with it (and Azure OpenAI,
 * which speaks the same format under another URL shape), built on LangChain4j's OpenAI client: one request, one
 * HTTP call, no retries (those belong to {@link dev.l2mac.llm.RetryingLlmClient}), every failure classified into an
 * {@link LlmException}.
 *
 * <p>It uses LangChain4j's lower-level {@code OpenAiClient} rather than {@code OpenAiChatModel}, because only that
 * level can force one named tool ({@code tool_choice} as an object); the portable {@code ToolChoice} stops at
 * "required". The lower level also performs no retries of its own.
 */
public final class OpenAiCompatibleClient implements LlmClient {
    private static final String USER_AGENT = "l2mac";
    private static final String AZURE_KEY_HEADER = "api-key";
    private static final String AZURE_VERSION_PARAMETER = "api-version";

    private final String model;
    private final OpenAiSettings settings;
    private final OpenAiClient client;
    private final FailureClassifier classifier;

    public OpenAiCompatibleClient(OpenAiSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock the time an HTTP-date in {@code Retry-After} is measured from */
    public OpenAiCompatibleClient(OpenAiSettings settings, Clock clock) {
        this(
                settings.model(),
                settings,
                clientBuilder(settings).apiKey(settings.apiKey()).build(),
                new FailureClassifier(
                        new Endpoint(
                                "the server",
                                settings.baseUrl(),
                                settings.model(),
                                settings.apiKey(),
                                settings.timeout(),
                                "check llm.model, and that llm.base_url is the API " + "root (usually ending in /v1)"),
                        clock));
    }

    private OpenAiCompatibleClient(
            String model, OpenAiSettings settings, OpenAiClient client, FailureClassifier classifier) {
        this.model = model;
        this.settings = settings;
        this.client = client;
        this.classifier = classifier;
    }

    /**
     * A client for one Azure OpenAI deployment: requests go to {@code <endpoint>/openai/deployments/<deployment>/
     * chat/completions?api-version=<version>} with the key in an {@code api-key} header, as Azure expects.
     */
    public static OpenAiCompatibleClient azure(AzureOpenAiSettings azure, Clock clock) {
        OpenAiSettings settings =
                new OpenAiSettings(azure.deploymentUrl(), azure.apiKey(), azure.deployment(), azure.timeout());
        OpenAiClient client = clientBuilder(settings)
                .customHeaders(Map.of(AZURE_KEY_HEADER, azure.apiKey()))
                .customQueryParams(Map.of(AZURE_VERSION_PARAMETER, azure.apiVersion()))
                .build();
        return new OpenAiCompatibleClient(
                azure.deployment(),
                settings,
                client,
                new FailureClassifier(
                        new Endpoint(
                                "Azure OpenAI",
                                azure.endpoint(),
                                azure.deployment(),
                                azure.apiKey(),
                                azure.timeout(),
                                "check the deployment name (AZURE_OPENAI_DEPLOYMENT), the endpoint and the api-version"),
                        clock));
    }

    private static DefaultOpenAiClient.Builder clientBuilder(OpenAiSettings settings) {
        return DefaultOpenAiClient.builder()
                .httpClientBuilder(JdkTransport.builder(settings.timeout(), new ChatCompletionRepair()))
                .baseUrl(settings.baseUrl())
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .userAgent(USER_AGENT)
                .logRequests(false)
                .logResponses(false);
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        ChatCompletionRequest wireRequest = ChatTranslation.toWire(request, model);
        try {
            ChatCompletionResponse wireResponse =
                    client.chatCompletion(wireRequest).execute();
            return ChatTranslation.fromWire(wireResponse);
        } catch (RuntimeException failure) {
            throw classifier.classify(failure);
        }
    }

    /** Streams with {@code stream_options.include_usage}, so that the last chunk carries the token counts. */
    @Override
    public ChatResponse chat(ChatRequest request, StreamListener listener) throws LlmException {
        ChatCompletionRequest wireRequest = ChatCompletionRequest.builder()
                .from(ChatTranslation.toWire(request, model))
                .streamOptions(StreamOptions.builder().includeUsage(true).build())
                .build();
        OpenAiStream stream = new OpenAiStream(listener, classifier);
        try {
            // The transport reads the stream on this thread, so the stream has ended when execute returns.
            client.chatCompletion(wireRequest)
                    .onRawPartialResponse(stream::onChunk)
                    .onComplete(() -> {})
                    .onError(stream::onError)
                    .execute();
        } catch (RuntimeException failure) {
            stream.onError(failure);
        }
        return stream.result();
    }

    @Override
    public String modelName() {
        return model;
    }

    public OpenAiSettings settings() {
        return settings;
    }
}
