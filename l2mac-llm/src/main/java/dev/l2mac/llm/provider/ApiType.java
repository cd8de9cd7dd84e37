package dev.l2mac.llm.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The wire protocols the engine can speak, named as {@code llm.api_type} and {@code --provider} name them. */
public enum ApiType {
    OPENAI("openai", "https://api.openai.com/v1", "OPENAI_API_KEY"),
    OPENAI_COMPATIBLE("openai-compatible", null, null),
    ANTHROPIC("anthropic", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY"),
    GEMINI("gemini", "https://generativelanguage.googleapis.com/v1beta", "GEMINI_API_KEY"),
    AZURE("azure", null, "AZURE_OPENAI_API_KEY"),
    OLLAMA("ollama", "http://localhost:11434", null);

    private final String configName;
    private final @Nullable String defaultBaseUrl;
    private final @Nullable String keyVariable;

    ApiType(String configName, @Nullable String defaultBaseUrl, @Nullable String keyVariable) {
        this.configName = configName;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariable = keyVariable;
    }

    /** The name in configuration and on the command line. */
    public String configName() {
        return configName;
    }

    /** The API root used when {@code llm.base_url} is not set, or {@code null} when one must be given. */
    public @Nullable String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** The environment variable that holds this provider's key, or {@code null} when it needs none. */
    public @Nullable String keyVariable() {
        return keyVariable;
    }

    /**
     * Reads a configured name, case-insensitively; {@code azure_openai}/{@code azure-openai} and {@code google}
     * are accepted as the reference and common usage spell them.
     *
     * @throws IllegalArgumentException naming every accepted value
     */
    public static ApiType parse(String name) {
        String normal =
                name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (normal) {
            case "azure-openai" -> AZURE;
            case "google", "google-ai-gemini" -> GEMINI;
            default ->
                Arrays.stream(values())
                        .filter(type -> type.configName.equals(normal))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("llm.api_type '" + name + "' is not known; use "
                                + "one of "
                                + Arrays.stream(values())
                                        .map(ApiType::configName)
                                        .collect(Collectors.joining(", "))));
        };
    }
}
