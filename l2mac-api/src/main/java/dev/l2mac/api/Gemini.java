package dev.l2mac.api;

import dev.l2mac.llm.provider.ApiType;

/** Models served by Google's Gemini API (its key from GEMINI_API_KEY or GOOGLE_API_KEY unless given). */
public final class Gemini {
    private Gemini() {}

    /** The model named {@code name}, as the provider lists it. */
    public static ModelBuilder model(String name) {
        return new ModelBuilder(ApiType.GEMINI, "Gemini.model", name);
    }
}
