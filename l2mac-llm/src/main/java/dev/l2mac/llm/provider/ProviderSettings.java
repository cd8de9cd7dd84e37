package dev.l2mac.llm.provider;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

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
public record ProviderSettings(ApiType apiType, String model, String baseUrl, String apiKey, Duration timeout,
                               String apiVersion) {
    /** Long enough for a slow local model to write a full reply of several thousand tokens. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public ProviderSettings {
        Objects.requireNonNull(apiType, "apiType");
        baseUrl = blankToNull(baseUrl) == null ? apiType.defaultBaseUrl() : baseUrl.strip().replaceAll("/+$", "");
        apiKey = blankToNull(apiKey);
        apiVersion = blankToNull(apiVersion);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (blankToNull(model) == null) {
            throw new IllegalArgumentException("llm.model is not set: name the " + apiType.configName() + " model"
                    + (apiType == ApiType.AZURE ? " deployment (or set AZURE_OPENAI_DEPLOYMENT)" : "") + " to use");
        }
        model = model.strip();
        if (baseUrl == null) {
            throw new IllegalArgumentException("llm.base_url is not set: " + (apiType == ApiType.AZURE
                    ? "set AZURE_OPENAI_ENDPOINT or llm.base_url to https://<resource>.openai.azure.com"
                    : "give the API root of the server, for example http://localhost:8000/v1"));
        }
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
    public static ProviderSettings withEnvironment(ApiType apiType, String model, String baseUrl, String apiKey,
                                                   Duration timeout, Map<String, String> environment) {
        String key = firstSet(apiKey, apiType.keyVariable() == null ? null : environment.get(apiType.keyVariable()),
                apiType == ApiType.GEMINI ? environment.get("GOOGLE_API_KEY") : null);
        if (apiType != ApiType.AZURE) {
            return new ProviderSettings(apiType, model, baseUrl, key, timeout, null);
        }
        return new ProviderSettings(apiType, firstSet(model, environment.get("AZURE_OPENAI_DEPLOYMENT")),
                firstSet(baseUrl, environment.get("AZURE_OPENAI_ENDPOINT")), key, timeout,
                environment.get("OPENAI_API_VERSION"));
    }

    @Override
    public String toString() {
        return "ProviderSettings[apiType=" + apiType.configName() + ", model=" + model + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout=" + timeout
                + (apiVersion == null ? "" : ", apiVersion=" + apiVersion) + "]";
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (blankToNull(value) != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
