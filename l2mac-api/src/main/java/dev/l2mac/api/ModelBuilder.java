package dev.l2mac.api;

import dev.l2mac.config.ConfigException;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.provider.ApiType;
import dev.l2mac.llm.provider.ProviderSettings;
import dev.l2mac.llm.provider.Providers;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One model at one provider, connected by {@link #build()}: start from {@link OpenAi}, {@link Anthropic},
 * {@link Gemini}, {@link AzureOpenAi} or {@link Ollama}. What is not set here is read from the provider's usual
 * environment variables (the key, and Azure's endpoint and API version); values set here win.
 */
public final class ModelBuilder {
    private final ApiType apiType;
    private final String entry;
    private final String model;
    private Optional<String> baseUrl = Optional.empty();
    private Optional<String> apiKey = Optional.empty();
    private Duration timeout = ProviderSettings.DEFAULT_TIMEOUT;
    private Optional<String> apiVersion = Optional.empty();
    private Map<String, String> environment = System.getenv();

    ModelBuilder(ApiType apiType, String entry, String model) {
        this.apiType = apiType;
        this.entry = entry;
        this.model = Objects.requireNonNull(model, "model").strip();
    }

    /** The API key; by default the provider's environment variable (such as {@code OPENAI_API_KEY}). */
    public ModelBuilder apiKey(String key) {
        this.apiKey = Optional.of(Objects.requireNonNull(key, "key"));
        return this;
    }

    /** The API root, for a proxy or a server of your own; by default the provider's. */
    public ModelBuilder baseUrl(String url) {
        this.baseUrl = Optional.of(Objects.requireNonNull(url, "url"));
        return this;
    }

    /** The longest one request may take, to connect and for the whole reply. */
    public ModelBuilder timeout(Duration longest) {
        this.timeout = Objects.requireNonNull(longest, "longest");
        return this;
    }

    /** Azure's {@code api-version}; other providers ignore it. */
    public ModelBuilder apiVersion(String version) {
        this.apiVersion = Optional.of(Objects.requireNonNull(version, "version"));
        return this;
    }

    /** Where the key and endpoints not set here are read from; the process environment by default. */
    public ModelBuilder environment(Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    /**
     * Connects the model; nothing is sent until the first request.
     *
     * @throws ConfigException naming the builder method of a setting that cannot work
     */
    public LlmClient build() {
        if (model.isEmpty()) {
            throw new ConfigException(
                    entry + "(name): the model name is empty",
                    "name the model as the provider knows it, such as gpt-4o");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new ConfigException(entry + "(\"" + model + "\").timeout(" + timeout + ") must be positive");
        }
        String key = apiType.keyVariable();
        if (key != null
                && apiKey.isEmpty()
                && isBlank(environment.get(key))
                && !(apiType == ApiType.GEMINI && !isBlank(environment.get("GOOGLE_API_KEY")))) {
            throw new ConfigException(
                    entry + "(\"" + model + "\") has no API key",
                    "call apiKey(key), or set " + key + " in the environment");
        }
        try {
            ProviderSettings settings = ProviderSettings.withEnvironment(
                    apiType, model, baseUrl.orElse(null), apiKey.orElse(null), timeout, environment);
            return Providers.connect(
                    apiVersion.isEmpty()
                            ? settings
                            : new ProviderSettings(
                                    settings.apiType(),
                                    settings.model(),
                                    settings.baseUrl(),
                                    settings.apiKey(),
                                    settings.timeout(),
                                    apiVersion.get()));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigException(
                    entry + "(\"" + model + "\"): " + invalid.getMessage(),
                    "set it on the builder: baseUrl(url), apiKey(key), apiVersion(version)");
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
