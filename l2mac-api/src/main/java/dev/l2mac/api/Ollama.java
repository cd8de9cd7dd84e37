package dev.l2mac.api;

import dev.l2mac.llm.provider.ApiType;

/** Models served by a local Ollama server's own API (http://localhost:11434 unless baseUrl is given). */
public final class Ollama {
    private Ollama() {}

    /** The model named {@code name}, as the provider lists it. */
    public static ModelBuilder model(String name) {
        return new ModelBuilder(ApiType.OLLAMA, "Ollama.model", name);
    }
}
