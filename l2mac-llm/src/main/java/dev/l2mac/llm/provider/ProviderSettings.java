package dev.l2mac.llm.provider;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to connect to one model of one provider; an invalid combination cannot be built, and the
 * error names the setting or environment variable to fix.
 *
 * @param apiType    which wire protocol to speak
 * @param model      the model name (for Azure: the deployment name)
 * @param baseUrl    the API root; {@code null} or blank means the provider's own ({@link ApiType#defaultBaseUrl()});
 *                   for Azure, the resource endpoint {@code https://<resource>.openai.azure.com}
 * @param apiKey     never printed by {@link #toString()}; {@code null} or blank sends none
 * @param timeout    longest wait to connect and for a reply; {@code null} means {@link #DEFAULT_TIMEOUT}
 * @param apiVersion Azure's {@code api-version}; ignored by other providers; {@code null} means the default
 */
public record ProviderSettings(
        ApiType apiType,
        String model,
        String baseUrl,
        @Nullable String apiKey,
        Duration timeout,
        @Nullable String apiVersion) {
    /** Long enough for a slow local model to write a full reply of several thousand tokens. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public ProviderSettings {
        Objects.requireNonNull(apiType, "apiType");
        String root = blankToNull(baseUrl) == null
                ? apiType.defaultBaseUrl()
                : baseUrl.strip().replaceAll("/+$", "");
        apiKey = blankToNull(apiKey);
        apiVersion = blankToNull(apiVersion);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (blankToNull(model) == null) {
            throw new IllegalArgumentException("llm.model is not set: name the " + apiType.configName() + " model"
                    + (apiType == ApiType.AZURE ? " deployment (or set AZURE_OPENAI_DEPLOYMENT)" : "") + " to use");
        }
        model = model.strip();
        if (root == null) {
            throw new IllegalArgumentException("llm.base_url is not set: "
                    + (apiType == ApiType.AZURE
                            ? "set AZURE_OPENAI_ENDPOINT or llm.base_url to https://<resource>.openai.azure.com"
                            : "give the API root of the server, for example http://localhost:8000/v1"));
        }
        baseUrl = root;
        if (apiKey == null && apiType.keyVariable() != null) {
            throw new IllegalArgumentException("no API key for " + apiType.configName() + ": set "
                    + apiType.keyVariable() + (apiType == ApiType.GEMINI ? " (or GOOGLE_API_KEY)" : "")
                    + " or llm.api_key");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("llm.timeout must be a positive duration, was " + timeout);
        }
    }

    /**
     * Settings whose unset parts are taken from the provider's usual environment variables: the key
     * ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code GEMINI_API_KEY} or {@code GOOGLE_API_KEY},
     * {@code AZURE_OPENAI_API_KEY}) and, for Azure, {@code AZURE_OPENAI_ENDPOINT}, {@code AZURE_OPENAI_DEPLOYMENT}
     * and {@code OPENAI_API_VERSION}. Values given explicitly win.
     */
    public static ProviderSettings withEnvironment(
            ApiType apiType,
            @Nullable String model,
            @Nullable String baseUrl,
            @Nullable String apiKey,
            @Nullable Duration timeout,
            Map<String, String> environment) {
        String keyVariable = apiType.keyVariable();
        String key = firstSet(
                apiKey,
                keyVariable == null ? null : environment.get(keyVariable),
                apiType == ApiType.GEMINI ? environment.get("GOOGLE_API_KEY") : null);
        Duration wait = Objects.requireNonNullElse(timeout, DEFAULT_TIMEOUT);
        // An unset model or base URL reads as a blank one: the constructor refuses the first, defaults the second.
        if (apiType != ApiType.AZURE) {
            return new ProviderSettings(apiType, orBlank(model), orBlank(baseUrl), key, wait, null);
        }
        return new ProviderSettings(
                apiType,
                orBlank(firstSet(model, environment.get("AZURE_OPENAI_DEPLOYMENT"))),
                orBlank(firstSet(baseUrl, environment.get("AZURE_OPENAI_ENDPOINT"))),
                key,
                wait,
                environment.get("OPENAI_API_VERSION"));
    }

    @Override
    public String toString() {
        return "ProviderSettings[apiType=" + apiType.configName() + ", model=" + model + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout=" + timeout
                + (apiVersion == null ? "" : ", apiVersion=" + apiVersion) + "]";
    }

    private static String orBlank(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String firstSet(@Nullable String... values) {
        for (String value : values) {
            if (blankToNull(value) != null) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
