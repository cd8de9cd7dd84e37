package dev.l2mac.llm.openai;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to reach an OpenAI-compatible chat-completions API; an invalid combination cannot be built.
 *
 * @param baseUrl the API root, up to and including the version segment ({@code https://api.openai.com/v1},
 *                {@code http://localhost:11434/v1}); {@code null} or blank means OpenAI itself
 * @param apiKey  sent as {@code Authorization: Bearer <key>}; {@code null} or blank sends no such header, which is
 *                what local servers expect. Never printed by {@link #toString()}
 * @param model   the model name as the server knows it
 * @param timeout longest wait to connect, and for the complete reply; {@code null} means {@link #DEFAULT_TIMEOUT}
 */
public record OpenAiSettings(String baseUrl, @Nullable String apiKey, String model, Duration timeout) {
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    /** Long enough for a slow local model to write a full reply of several thousand tokens. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public OpenAiSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? OPENAI_BASE_URL : stripTrailingSlash(baseUrl.strip());
        requireHttpUrl(baseUrl);
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("llm.model is not set: name the model to use, for example "
                    + "'gpt-4o-mini', or for a local Ollama server 'llama3.1' with llm.base_url "
                    + "'http://localhost:11434/v1'");
        }
        model = model.strip();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("llm.timeout must be a positive duration, was " + timeout);
        }
    }

    /** Settings for OpenAI itself with the default timeout. */
    public static OpenAiSettings openAi(String apiKey, String model) {
        return new OpenAiSettings(OPENAI_BASE_URL, apiKey, model, DEFAULT_TIMEOUT);
    }

    public boolean hasApiKey() {
        return apiKey != null;
    }

    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "***" : "none") + ", model=" + model
                + ", timeout=" + timeout + "]";
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new URISyntaxException(url, "not an http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "llm.base_url '" + url + "' is not an http(s) URL; use the API root, " + "for example "
                            + OPENAI_BASE_URL + " or http://localhost:11434/v1",
                    e);
        }
    }
}
