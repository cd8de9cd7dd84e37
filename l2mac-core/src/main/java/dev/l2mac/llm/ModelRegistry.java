package dev.l2mac.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model facts as data: the built-in table ({@code models.yaml} beside this class) and the user's additions and
 * overrides. A model is found by its exact name, or by the longest known name it extends with {@code -} or
 * {@code :} ({@code gpt-4o-2024-08-06}, {@code llama3.1:8b}); an unknown model gets {@link #fallback(String)}.
 */
public final class ModelRegistry {
    /** Stated defaults for a model the registry does not know: a large window, no price (cost unknown). */
    public static final int UNKNOWN_CONTEXT_WINDOW = 128_000;

    public static final int UNKNOWN_MAX_OUTPUT = 4_096;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String BUILT_IN = "models.yaml";
    private static final Set<String> FIELDS =
            Set.of("context_window", "max_output", "input_price", "output_price", "tokenizer");

    private final Map<String, ModelInfo> models;

    private ModelRegistry(Map<String, ModelInfo> models) {
        this.models = Map.copyOf(models);
    }

    public static ModelRegistry builtIn() {
        try (InputStream in = ModelRegistry.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in model table " + BUILT_IN + " is missing");
            }
            return new ModelRegistry(parse(YAML.readTree(in), BUILT_IN));
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in model table cannot be read", e);
        }
    }

    /** This registry with the models of a user file (same shape as the built-in table) added or replaced. */
    public ModelRegistry withFile(Path file) {
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("models file " + file + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, ModelInfo> merged = new LinkedHashMap<>(models);
        merged.putAll(parse(tree, file.toString()));
        return new ModelRegistry(merged);
    }

    /** The known model this name refers to, if any. */
    public Optional<ModelInfo> find(String model) {
        ModelInfo exact = models.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        return models.entrySet().stream()
                .filter(e -> model.startsWith(e.getKey() + "-") || model.startsWith(e.getKey() + ":"))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(e -> rename(e.getValue(), model));
    }

    /** The stated defaults for a model the registry does not know. */
    public static ModelInfo fallback(String model) {
        return new ModelInfo(model, UNKNOWN_CONTEXT_WINDOW, UNKNOWN_MAX_OUTPUT, 0, 0, ModelInfo.CL100K);
    }

    private static ModelInfo rename(ModelInfo info, String name) {
        return new ModelInfo(
                name,
                info.contextWindow(),
                info.maxOutputTokens(),
                info.inputPricePerMillion(),
                info.outputPricePerMillion(),
                info.tokenizer());
    }

    private static Map<String, ModelInfo> parse(JsonNode tree, String source) {
        JsonNode table = tree == null ? null : tree.get("models");
        if (table == null || !table.isObject()) {
            throw new IllegalArgumentException(source + ": expected a mapping 'models:' of model name to facts");
        }
        Map<String, ModelInfo> parsed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            parsed.put(entry.getKey(), model(entry.getKey(), entry.getValue(), source));
        }
        return parsed;
    }

    private static ModelInfo model(String name, JsonNode facts, String source) {
        String where = source + ": models." + name;
        if (!facts.isObject()) {
            throw new IllegalArgumentException(where + " must be a mapping of " + FIELDS);
        }
        facts.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(where + "." + field + " is not a known field; use " + FIELDS);
            }
        });
        try {
            return new ModelInfo(
                    name,
                    number(facts, "context_window", where).intValue(),
                    number(facts, "max_output", where).intValue(),
                    number(facts, "input_price", where).doubleValue(),
                    number(facts, "output_price", where).doubleValue(),
                    facts.hasNonNull("tokenizer") ? facts.get("tokenizer").asText() : null);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(source + ": " + invalid.getMessage(), invalid);
        }
    }

    private static Number number(JsonNode facts, String field, String where) {
        JsonNode value = facts.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException(where + "." + field + " must be a number");
        }
        return value.numberValue();
    }
}
