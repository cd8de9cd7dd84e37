package dev.l2mac.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.l2mac.config.ConfigKeys.Key;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The typed settings one source provides, by full key; a key given twice by the same source is an error. */
final class Layer {

    /** The origin of built-in defaults. */
    static final String DEFAULTS = "the defaults";

    private final Map<String, ConfigValue> values = new LinkedHashMap<>();

    /** The built-in defaults: every key that has one; the workspace lies under {@code workingDir}. */
    static Layer defaults(Path workingDir) {
        String origin = DEFAULTS;
        Layer layer = new Layer();
        layer.putTyped(ConfigKeys.API_TYPE, LlmSettings.OPENAI, origin);
        layer.putTyped(ConfigKeys.TEMPERATURE, RunSettings.DEFAULT_TEMPERATURE, origin);
        layer.putTyped(ConfigKeys.TIMEOUT, LlmSettings.DEFAULT_REQUEST_TIMEOUT, origin);
        LimitsKeys.defaults().forEach((key, value) -> layer.values.put(key, new ConfigValue(value, origin)));
        layer.putTyped(ConfigKeys.WORKSPACE, workingDir.resolve(RunSettings.DEFAULT_WORKSPACE), origin);
        layer.putTyped(ConfigKeys.CHECKS, CheckSettings.DEFAULTS.enabled(), origin);
        layer.putTyped(ConfigKeys.VERBOSE, false, origin);
        layer.putTyped(ConfigKeys.REQUIRE_SANDBOX, RunPolicy.DEFAULTS.requireSandbox(), origin);
        layer.putTyped(ConfigKeys.STREAM, false, origin);
        layer.putTyped(ConfigKeys.INSTALL_DEPS, CheckSettings.DEFAULTS.installDependencies(), origin);
        layer.putTyped(ConfigKeys.CONTEXT_SAVINGS, "all", origin);
        layer.putTyped(ConfigKeys.ON_FAILURE, RunPolicy.DEFAULTS.onFailure().spelling(), origin);
        return layer;
    }

    /** Settings from the command line, keyed like the config file ({@code llm.model}, {@code run.steps}). */
    static Layer flags(Map<String, String> flags, Path workingDir) {
        String origin = "the command line";
        Layer layer = new Layer();
        flags.forEach((name, value) ->
                layer.put(ConfigKeys.resolve(name, origin), TextNode.valueOf(value), origin, workingDir));
        return layer;
    }

    void put(Key key, JsonNode raw, String origin, Path baseDir) {
        if (values.containsKey(key.full())) {
            throw new ConfigException(
                    key.full() + " is set twice in " + origin,
                    "keep one of its spellings (e.g. llm.timeout and llm.timeout_seconds are the same key)");
        }
        values.put(key.full(), new ConfigValue(ValueParser.parse(key, raw, origin, baseDir), origin));
    }

    private void putTyped(Key key, Object value, String origin) {
        values.put(key.full(), new ConfigValue(value, origin));
    }

    Map<String, ConfigValue> values() {
        return Collections.unmodifiableMap(values);
    }
}
