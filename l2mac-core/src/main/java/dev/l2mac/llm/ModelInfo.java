package dev.l2mac.llm;

import java.util.Locale;
import java.util.Objects;

/**
 * What the machine needs to know of a model: its context window and longest reply in tokens, its list prices in
 * US dollars per million input and output tokens, and the tokenizer to count with ({@code cl100k} or
 * {@code o200k}).
 */
public record ModelInfo(
        String name,
        int contextWindow,
        int maxOutputTokens,
        double inputPricePerMillion,
        double outputPricePerMillion,
        String tokenizer) {

    public static final String CL100K = "cl100k";
    public static final String O200K = "o200k";

    public ModelInfo {
        Objects.requireNonNull(name, "name");
        if (contextWindow <= 0 || maxOutputTokens <= 0) {
            throw new IllegalArgumentException("model " + name + ": context_window and max_output must be positive");
        }
        if (inputPricePerMillion < 0 || outputPricePerMillion < 0) {
            throw new IllegalArgumentException("model " + name + ": prices cannot be negative");
        }
        tokenizer = tokenizer == null ? CL100K : tokenizer.toLowerCase(Locale.ROOT);
        if (!tokenizer.equals(CL100K) && !tokenizer.equals(O200K)) {
            throw new IllegalArgumentException(
                    "model " + name + ": tokenizer must be " + CL100K + " or " + O200K + ", was " + tokenizer);
        }
    }

    /** What a request costs in US dollars for these token counts. */
    public double cost(long promptTokens, long completionTokens) {
        return (promptTokens * inputPricePerMillion + completionTokens * outputPricePerMillion) / 1_000_000.0;
    }

    public double cost(Usage usage) {
        return cost(usage.promptTokens(), usage.completionTokens());
    }
}
