package dev.l2mac.llm.provider;

import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.edge.Endpoint;
import dev.l2mac.llm.edge.FailureClassifier;
import dev.l2mac.llm.openai.AzureOpenAiSettings;
import dev.l2mac.llm.openai.OpenAiCompatibleClient;
import dev.l2mac.llm.openai.OpenAiSettings;
import java.time.Clock;
import java.util.Objects;

/** Connects to the provider that settings name: the one place that maps an {@link ApiType} to its adapter. */
public final class Providers {
    private Providers() {}

    public static LlmClient connect(ProviderSettings settings) {
        return connect(settings, Clock.systemUTC());
    }

    /** @param clock the time an HTTP-date in {@code Retry-After} is measured from */
    public static LlmClient connect(ProviderSettings settings, Clock clock) {
        return switch (settings.apiType()) {
            case OPENAI, OPENAI_COMPATIBLE ->
                new OpenAiCompatibleClient(
                        new OpenAiSettings(settings.baseUrl(), settings.apiKey(), settings.model(), settings.timeout()),
                        clock);
            // Azure's key is required by the settings; a blank version means the default
            case AZURE ->
                OpenAiCompatibleClient.azure(
                        new AzureOpenAiSettings(
                                settings.baseUrl(),
                                settings.model(),
                                Objects.requireNonNullElse(settings.apiVersion(), ""),
                                Objects.requireNonNullElse(settings.apiKey(), ""),
                                settings.timeout()),
                        clock);
            case ANTHROPIC ->
                new ChatModelClient(
                        settings.model(), new AnthropicModels(settings), classifier("Anthropic", settings, clock));
            case GEMINI ->
                new ChatModelClient(
                        settings.model(), new GeminiModels(settings), classifier("Gemini", settings, clock));
            case OLLAMA ->
                new ChatModelClient(
                        settings.model(), new OllamaModels(settings), classifier("Ollama", settings, clock));
        };
    }

    private static FailureClassifier classifier(String provider, ProviderSettings settings, Clock clock) {
        String hint = settings.apiType() == ApiType.OLLAMA
                ? "pull the model first (ollama pull " + settings.model() + ") or check llm.model"
                : "check llm.model against the models your " + provider + " account offers";
        return new FailureClassifier(
                new Endpoint(
                        provider, settings.baseUrl(), settings.model(), settings.apiKey(), settings.timeout(), hint),
                clock);
    }
}
