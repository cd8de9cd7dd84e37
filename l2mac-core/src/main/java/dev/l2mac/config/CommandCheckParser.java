package dev.l2mac.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.check.CommandCheck;
import dev.l2mac.config.ConfigKeys.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code run.command_checks}: a list of the user's own checks, each an object with a {@code name}, a
 * {@code command} (the program and its arguments, as a list or as words separated by spaces) and optional
 * {@code extensions} (file name endings that make it apply). Only a config file can hold one.
 */
final class CommandCheckParser {

    static final String EXAMPLE = "run:\n  command_checks:\n    - name: mypy\n      command: [mypy, --strict, .]\n"
            + "      extensions: [.py]";
    private static final Set<String> FIELDS = Set.of("name", "command", "extensions");

    private CommandCheckParser() {}

    static List<CommandCheck> parse(Key key, JsonNode raw, String origin) {
        if (raw.isValueNode()) {
            throw new ConfigException(
                    key.full() + " in " + origin + " must be " + key.type().expected
                            + ", which only a config file can hold",
                    "write it in ~/.l2mac/config.yaml or l2mac.yaml:\n" + EXAMPLE);
        }
        if (!raw.isArray()) {
            throw wrong(key, origin, "a list, found " + raw);
        }
        List<CommandCheck> checks = new ArrayList<>();
        int index = 0;
        for (JsonNode item : raw) {
            checks.add(check(key, item, origin, index++));
        }
        long names = checks.stream().map(CommandCheck::name).distinct().count();
        if (names < checks.size()) {
            throw wrong(key, origin, "a list of checks with different names; two are named alike");
        }
        return List.copyOf(checks);
    }

    private static CommandCheck check(Key key, JsonNode item, String origin, int index) {
        String where = key.full() + "[" + index + "]";
        if (!item.isObject()) {
            throw wrong(key, origin, "a list of objects with name and command; item " + index + " is " + item);
        }
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new ConfigException(
                        "unknown field \"" + field.getKey() + "\" in " + where + " in " + origin,
                        "a command check has the fields name, command and extensions:\n" + EXAMPLE);
            }
        }
        try {
            return new CommandCheck(
                    text(item.get("name"), where + ".name", origin),
                    words(item.get("command"), where + ".command", origin),
                    item.hasNonNull("extensions")
                            ? list(item.get("extensions"), where + ".extensions", origin)
                            : List.of());
        } catch (IllegalArgumentException invalid) {
            throw new ConfigException(where + " in " + origin + ": " + invalid.getMessage(), EXAMPLE);
        }
    }

    private static String text(JsonNode node, String where, String origin) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isValueNode()) {
            throw new ConfigException(where + " in " + origin + " must be text, found " + node, EXAMPLE);
        }
        return node.asText().strip();
    }

    /** A list of words, or one text split at spaces (no shell quoting: use the list form for spaces). */
    private static List<String> words(JsonNode node, String where, String origin) {
        if (node != null && node.isTextual()) {
            return List.of(node.textValue().strip().split("\\s+"));
        }
        return node == null || node.isNull() ? List.of() : list(node, where, origin);
    }

    private static List<String> list(JsonNode node, String where, String origin) {
        if (!node.isArray()) {
            throw new ConfigException(where + " in " + origin + " must be a list, found " + node, EXAMPLE);
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) {
                throw new ConfigException(where + " in " + origin + " must hold text items, found " + item, EXAMPLE);
            }
            items.add(item.asText());
        }
        return items;
    }

    private static ConfigException wrong(Key key, String origin, String what) {
        return new ConfigException(key.full() + " in " + origin + " must be " + what, EXAMPLE);
    }
}
