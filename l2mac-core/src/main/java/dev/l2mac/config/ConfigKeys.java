package dev.l2mac.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalog of every configuration key: its section, its canonical spelling and its type. Snake and kebab case
 * are both accepted ({@code max_restarts} and {@code max-restarts}); an unknown key is an error that lists the valid
 * keys of its section and suggests the closest one.
 */
final class ConfigKeys {

    /** The kinds of value a key holds, each with the phrase used when a value of another kind is found. */
    enum Type {
        TEXT("text"),
        INTEGER("an integer"),
        NUMBER("a number"),
        BOOLEAN("true or false"),
        LIST("a list of names"),
        PATH("a path"),
        SECONDS("a whole number of seconds"),
        COMMAND_CHECKS("a list of command checks, each with a name and a command");

        final String expected;

        Type(String expected) {
            this.expected = expected;
        }
    }

    /** One key; {@code full()} is how messages and the flags map name it, e.g. {@code llm.model}. */
    record Key(String section, String name, Type type) {
        String full() {
            return section + "." + name;
        }
    }

    static final String LLM = "llm";
    static final String LIMITS = "limits";
    static final String RUN = "run";

    static final Key API_TYPE = new Key(LLM, "api_type", Type.TEXT);
    static final Key MODEL = new Key(LLM, "model", Type.TEXT);
    static final Key BASE_URL = new Key(LLM, "base_url", Type.TEXT);
    static final Key API_KEY = new Key(LLM, "api_key", Type.TEXT);
    static final Key TEMPERATURE = new Key(LLM, "temperature", Type.NUMBER);
    static final Key TIMEOUT = new Key(LLM, "timeout_seconds", Type.SECONDS);
    static final Key WORKSPACE = new Key(RUN, "workspace", Type.PATH);
    static final Key PROGRAM = new Key(RUN, "program", Type.PATH);
    static final Key PROMPTS = new Key(RUN, "prompts", Type.PATH);
    static final Key CHECKS = new Key(RUN, "checks", Type.BOOLEAN);
    static final Key TOOLS = new Key(RUN, "tools", Type.LIST);
    static final Key VERBOSE = new Key(RUN, "verbose", Type.BOOLEAN);
    static final Key MODELS_FILE = new Key(RUN, "models_file", Type.PATH);
    static final Key REQUIRE_SANDBOX = new Key(RUN, "require_sandbox", Type.BOOLEAN);
    static final Key STREAM = new Key(RUN, "stream", Type.BOOLEAN);
    static final Key CONTEXT_SAVINGS = new Key(RUN, "context_savings", Type.TEXT);
    static final Key ON_FAILURE = new Key(RUN, "on_failure", Type.TEXT);
    static final Key STACK = new Key(RUN, "stack", Type.TEXT);
    static final Key LANGUAGES = new Key(RUN, "languages", Type.LIST);
    static final Key COMMAND_CHECKS = new Key(RUN, "command_checks", Type.COMMAND_CHECKS);
    static final Key INSTALL_DEPS = new Key(RUN, "install_deps", Type.BOOLEAN);

    /** Read only to accept the reference configuration files; only an empty value is allowed. */
    static final String PROXY = "llm.proxy";

    /** Other spellings, by normalized full name, of a canonical key. */
    private static final Map<String, String> ALIASES =
            Map.of("llm.timeout", TIMEOUT.full(), "run.steps", LimitsKeys.MAX_STEPS);

    private static final Map<String, Key> KEYS = catalog();

    private ConfigKeys() {}

    static List<String> sections() {
        return List.of(LLM, LIMITS, RUN);
    }

    static List<Key> all() {
        return List.copyOf(KEYS.values());
    }

    /** The key named {@code section.name} in any accepted spelling; {@code where} names the source for errors. */
    static Key resolve(String section, String name, String where) {
        String wanted = normalize(section) + "." + normalize(name);
        Key key = KEYS.get(normalize(ALIASES.getOrDefault(wanted, wanted)));
        if (key != null) {
            return key;
        }
        if (!sections().contains(normalize(section))) {
            throw unknownSection(section, where);
        }
        throw unknownKey(normalize(section), name, where);
    }

    /** Like {@link #resolve(String, String, String)} for a dotted name such as {@code limits.max-restarts}. */
    static Key resolve(String fullName, String where) {
        int dot = fullName.indexOf('.');
        if (dot < 0) {
            throw new ConfigException(
                    "\"" + fullName + "\" in " + where + " is not a key",
                    "keys have the form section.name, e.g. llm.model; sections: " + String.join(", ", sections()));
        }
        return resolve(fullName.substring(0, dot), fullName.substring(dot + 1), where);
    }

    static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ConfigException unknownSection(String section, String where) {
        String hint = suggestion(section, sections())
                        .map(s -> "did you mean " + s + "? ")
                        .orElse("") + "valid sections: " + String.join(", ", sections());
        return new ConfigException("unknown section \"" + section + "\" in " + where, hint);
    }

    private static ConfigException unknownKey(String section, String name, String where) {
        List<String> valid = KEYS.values().stream()
                .filter(k -> k.section().equals(section))
                .map(Key::name)
                .toList();
        List<String> candidates = Stream.concat(
                        valid.stream(),
                        ALIASES.keySet().stream()
                                .filter(a -> a.startsWith(section + "."))
                                .map(a -> a.substring(section.length() + 1)))
                .toList();
        String hint = suggestion(name, candidates)
                        .map(s -> "did you mean " + section + "." + s + "? ")
                        .orElse("") + "valid keys under " + section + ": " + String.join(", ", valid);
        return new ConfigException("unknown key \"" + section + "." + name + "\" in " + where, hint);
    }

    private static Optional<String> suggestion(String typed, List<String> candidates) {
        String wanted = normalize(typed);
        int tolerance = Math.max(2, wanted.length() / 4);
        return candidates.stream()
                .filter(c -> EditDistance.between(wanted, normalize(c)) <= tolerance)
                .min(Comparator.comparingInt(c -> EditDistance.between(wanted, normalize(c))));
    }

    private static Map<String, Key> catalog() {
        List<Key> keys = new ArrayList<>(List.of(API_TYPE, MODEL, BASE_URL, API_KEY, TEMPERATURE, TIMEOUT));
        keys.addAll(LimitsKeys.keys());
        keys.addAll(List.of(
                WORKSPACE,
                PROGRAM,
                PROMPTS,
                CHECKS,
                TOOLS,
                VERBOSE,
                MODELS_FILE,
                REQUIRE_SANDBOX,
                STREAM,
                CONTEXT_SAVINGS,
                ON_FAILURE,
                STACK,
                LANGUAGES,
                COMMAND_CHECKS,
                INSTALL_DEPS));
        Map<String, Key> byName = new LinkedHashMap<>();
        keys.forEach(k -> byName.put(normalize(k.full()), k));
        return byName;
    }
}
