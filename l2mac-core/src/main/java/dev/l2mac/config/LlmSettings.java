package dev.l2mac.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to reach the model: an OpenAI or OpenAI-compatible endpoint, the model name, the key and the sampling
 * temperature; a value that cannot work is refused here, and {@link #toString()} never shows the key.
 *
 * @param apiType        {@value #OPENAI} or {@value #OPENAI_COMPATIBLE} ({@code ollama} and {@code vllm} are read
 *                       as the latter)
 * @param model          the model name the provider knows, e.g. {@code gpt-4o} or {@code llama3.1}
 * @param baseUrl        the API root, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
 * @param apiKey         the secret key, or {@code null} when the server needs none
 * @param requestTimeout longest one request may take
 */
public record LlmSettings(
        String apiType,
        String model,
        @Nullable String baseUrl,
        @Nullable String apiKey,
        Duration requestTimeout) {

    public static final String OPENAI = "openai";
    public static final String OPENAI_COMPATIBLE = "openai-compatible";
    public static final String ANTHROPIC = "anthropic";
    public static final String GEMINI = "gemini";
    public static final String AZURE = "azure";
    public static final String OLLAMA = "ollama";
    /** The providers, as {@code llm.api_type} names them; the OpenAI-compatible API serves any other server. */
    public static final List<String> SUPPORTED_API_TYPES =
            List.of(OPENAI, OPENAI_COMPATIBLE, ANTHROPIC, GEMINI, AZURE, OLLAMA);
    /** Other spellings of the API types. */
    private static final Map<String, String> API_TYPE_ALIASES = Map.of(
            "vllm",
            OPENAI_COMPATIBLE,
            "llama.cpp",
            OPENAI_COMPATIBLE,
            "lmstudio",
            OPENAI_COMPATIBLE,
            "google",
            GEMINI,
            "azure_openai",
            AZURE,
            "azure-openai",
            AZURE,
            "claude",
            ANTHROPIC);

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    /**
     * The longest one whole reply may take, streamed or not: long enough for a reply of several thousand tokens
     * from a slow model, short enough that a stalled server does not hold a run for long.
     */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(600);

    private static final String OPENAI_HOST = "api.openai.com";
    private static final String MASK = "****";

    public LlmSettings {
        apiType = canonicalApiType(apiType);
        if (model == null || model.isBlank()) {
            throw new ConfigException("no model is configured (llm.model is not set)", SetupHints.NO_MODEL);
        }
        model = model.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank()
                ? (speaksOpenAi(apiType) ? DEFAULT_BASE_URL : null)
                : checkedBaseUrl(baseUrl);
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (apiKey == null
                && baseUrl != null
                && OPENAI_HOST.equalsIgnoreCase(URI.create(baseUrl).getHost())) {
            throw new ConfigException("no API key for " + baseUrl + " (llm.api_key is not set)", SetupHints.NO_KEY);
        }
        if (requestTimeout == null || requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new ConfigException(
                    "llm.timeout_seconds must be a positive number of seconds, was " + seconds(requestTimeout));
        }
    }

    /** Whether a key is configured; the key itself stays out of logs and run files. */
    public boolean hasApiKey() {
        return apiKey != null;
    }

    /** True for the API types served by the OpenAI chat-completions API and its defaults (key, base URL). */
    public static boolean speaksOpenAi(String apiType) {
        return OPENAI.equals(apiType) || OPENAI_COMPATIBLE.equals(apiType);
    }

    /** The base URL with any {@code user:password@} part removed, safe to log; empty for a provider's default. */
    public String baseUrlWithoutCredentials() {
        if (baseUrl == null) {
            return "";
        }
        URI uri = URI.create(baseUrl);
        if (uri.getUserInfo() == null) {
            return baseUrl;
        }
        return baseUrl.replace(uri.getRawUserInfo() + "@", MASK + "@");
    }

    @Override
    public String toString() {
        return "LlmSettings[apiType=" + apiType + ", model=" + model + ", baseUrl=" + baseUrlWithoutCredentials()
                + ", apiKey=" + (hasApiKey() ? MASK : "(none)") + ", requestTimeout=" + requestTimeout + "]";
    }

    /** The API type's canonical name; an unsupported one is a {@link ConfigException} listing the supported. */
    static String canonicalApiType(String apiType) {
        String named = apiType == null ? "" : apiType.strip().toLowerCase(Locale.ROOT);
        String type = API_TYPE_ALIASES.getOrDefault(named, named);
        if (!SUPPORTED_API_TYPES.contains(type)) {
            throw new ConfigException(
                    "llm.api_type \"" + apiType + "\" is not supported",
                    "use one of: " + String.join(", ", SUPPORTED_API_TYPES)
                            + " (any server that speaks the OpenAI chat API works as openai-compatible)");
        }
        return type;
    }

    private static String checkedBaseUrl(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException malformed) {
            // reported below with the same advice as a URL of the wrong kind
        }
        throw new ConfigException(
                "llm.base_url \"" + url + "\" is not an http(s) URL",
                "set it to the API root, e.g. " + DEFAULT_BASE_URL + " or http://localhost:11434/v1");
    }

    private static Object seconds(Duration duration) {
        return duration == null ? "nothing" : duration.toSeconds();
    }
}
