package dev.l2mac.api;

import dev.l2mac.llm.provider.ApiType;

/** Models served by OpenAI (its key from OPENAI_API_KEY unless given). */
public final class OpenAi {
    private OpenAi() {}

    /** The model named {@code name}, as the provider lists it. */
    public static ModelBuilder model(String name) {
        return new ModelBuilder(ApiType.OPENAI, "OpenAi.model", name);
    }

    /**
     * The model named {@code name} at any server that speaks OpenAI's chat-completions API (vLLM, llama.cpp,
     * LM Studio, Ollama's {@code /v1}) at {@code baseUrl}; it sends a key only when one is given.
     */
    public static ModelBuilder compatible(String baseUrl, String name) {
        return new ModelBuilder(ApiType.OPENAI_COMPATIBLE, "OpenAi.compatible", name).baseUrl(baseUrl);
    }
}
