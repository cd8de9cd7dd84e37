package dev.l2mac.api;

import dev.l2mac.llm.provider.ApiType;

/** Models served by Anthropic's Messages API (its key from ANTHROPIC_API_KEY unless given). */
public final class Anthropic {
    private Anthropic() {}

    /** The model named {@code name}, as the provider lists it. */
    public static ModelBuilder model(String name) {
        return new ModelBuilder(ApiType.ANTHROPIC, "Anthropic.model", name);
    }
}
