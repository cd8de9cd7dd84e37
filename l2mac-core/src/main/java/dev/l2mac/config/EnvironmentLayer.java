package dev.l2mac.config;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.l2mac.config.ConfigKeys.Key;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Settings from environment variables: {@code L2MAC_*} above the config files, and the conventional
 * {@code OPENAI_API_KEY} and {@code OPENAI_BASE_URL} below them, used only when nothing else gives a key or URL.
 * Empty variables count as unset.
 */
final class EnvironmentLayer {

    static final String PREFIX = "L2MAC_";
    static final String LIMITS_PREFIX = PREFIX + "LIMITS_";

    private static final Map<String, Key> L2MAC_VARIABLES = Map.ofEntries(
            Map.entry("L2MAC_API_TYPE", ConfigKeys.API_TYPE),
            Map.entry("L2MAC_MODEL", ConfigKeys.MODEL),
            Map.entry("L2MAC_BASE_URL", ConfigKeys.BASE_URL),
            Map.entry("L2MAC_API_KEY", ConfigKeys.API_KEY),
            Map.entry("L2MAC_TEMPERATURE", ConfigKeys.TEMPERATURE),
            Map.entry("L2MAC_TIMEOUT_SECONDS", ConfigKeys.TIMEOUT),
            Map.entry("L2MAC_WORKSPACE", ConfigKeys.WORKSPACE),
            Map.entry("L2MAC_CHECKS", ConfigKeys.CHECKS),
            Map.entry("L2MAC_TOOLS", ConfigKeys.TOOLS),
            Map.entry("L2MAC_STEPS", ConfigKeys.resolve(LimitsKeys.MAX_STEPS, "the catalog")));

    private static final Map<String, Key> OPENAI_VARIABLES = Map.of(
            "OPENAI_API_KEY", ConfigKeys.API_KEY,
            "OPENAI_BASE_URL", ConfigKeys.BASE_URL);

    private EnvironmentLayer() {}

    /** {@code OPENAI_API_KEY} and {@code OPENAI_BASE_URL}: the lowest layer above the defaults. */
    static Layer openAi(Map<String, String> environment, Path workingDir) {
        Layer layer = new Layer();
        OPENAI_VARIABLES.forEach((variable, key) -> putIfSet(layer, environment, variable, key, workingDir));
        return layer;
    }

    /** {@code L2MAC_*}, including {@code L2MAC_LIMITS_<NAME>} for every limit; other names are not settings. */
    static Layer l2mac(Map<String, String> environment, Path workingDir) {
        Layer layer = new Layer();
        L2MAC_VARIABLES.forEach((variable, key) -> putIfSet(layer, environment, variable, key, workingDir));
        environment.keySet().stream()
                .filter(v -> v.startsWith(LIMITS_PREFIX))
                .sorted()
                .forEach(variable -> {
                    String name = variable.substring(LIMITS_PREFIX.length()).toLowerCase(Locale.ROOT);
                    Key key = ConfigKeys.resolve(ConfigKeys.LIMITS, name, origin(variable));
                    putIfSet(layer, environment, variable, key, workingDir);
                });
        return layer;
    }

    private static void putIfSet(
            Layer layer, Map<String, String> environment, String variable, Key key, Path workingDir) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank()) {
            layer.put(key, TextNode.valueOf(value), origin(variable), workingDir);
        }
    }

    /** True for a value taken from {@code OPENAI_API_KEY} or {@code OPENAI_BASE_URL}. */
    static boolean fromOpenAiVariable(ConfigValue value) {
        return OPENAI_VARIABLES.keySet().stream()
                .anyMatch(variable -> value.origin().equals(origin(variable)));
    }

    private static String origin(String variable) {
        return "environment variable " + variable;
    }
}
