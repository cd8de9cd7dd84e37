package dev.l2mac.llm.edge;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who an adapter talks to, as failure messages name it: the provider, its API root, the model, the key (only ever
 * used to mask it out of messages) and the timeout a message may quote.
 *
 * @param provider the provider as users know it ("Anthropic", "an OpenAI-compatible server")
 * @param settingHint what to check when the server does not know the model, in the user's configuration terms
 */
public record Endpoint(
        String provider,
        String baseUrl,
        String model,
        @Nullable String apiKey,
        Duration timeout,
        String settingHint) {
    public Endpoint {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        settingHint = settingHint == null ? "check llm.model and llm.base_url" : settingHint;
    }

    public boolean hasApiKey() {
        return apiKey != null;
    }

    @Override
    public String toString() {
        return "Endpoint[" + provider + " at " + baseUrl + ", model=" + model + "]";
    }
}
