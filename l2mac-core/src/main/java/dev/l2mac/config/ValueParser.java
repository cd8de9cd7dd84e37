package dev.l2mac.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.config.ConfigKeys.Key;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a raw value (a YAML node, or text from the environment or the command line) into the type its key holds.
 * Text is accepted for every type, since environment variables and flags are text.
 */
final class ValueParser {

    private ValueParser() {}

    /** The typed value; paths are resolved against {@code baseDir}. */
    static Object parse(Key key, JsonNode raw, String origin, Path baseDir) {
        return switch (key.type()) {
            case TEXT -> text(key, raw, origin);
            case INTEGER -> integer(key, raw, origin);
            case NUMBER -> number(key, raw, origin);
            case BOOLEAN -> bool(key, raw, origin);
            case LIST -> list(key, raw, origin);
            case PATH -> baseDir.resolve(text(key, raw, origin)).normalize();
            case SECONDS -> Duration.ofSeconds(integer(key, raw, origin));
            case COMMAND_CHECKS -> CommandCheckParser.parse(key, raw, origin);
        };
    }

    private static String text(Key key, JsonNode raw, String origin) {
        if (!raw.isValueNode()) {
            throw wrongType(key, raw, origin);
        }
        return raw.asText().strip();
    }

    private static long integer(Key key, JsonNode raw, String origin) {
        if (raw.isIntegralNumber() && raw.canConvertToLong()) {
            return raw.longValue();
        }
        if (raw.isTextual()) {
            try {
                return Long.parseLong(raw.textValue().strip());
            } catch (NumberFormatException notANumber) {
                throw wrongType(key, raw, origin);
            }
        }
        throw wrongType(key, raw, origin);
    }

    private static double number(Key key, JsonNode raw, String origin) {
        if (raw.isNumber()) {
            return raw.doubleValue();
        }
        if (raw.isTextual()) {
            try {
                double value = Double.parseDouble(raw.textValue().strip());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw wrongType(key, raw, origin);
    }

    private static boolean bool(Key key, JsonNode raw, String origin) {
        if (raw.isBoolean()) {
            return raw.booleanValue();
        }
        String text = raw.isTextual() ? raw.textValue().strip().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw wrongType(key, raw, origin);
        };
    }

    private static List<String> list(Key key, JsonNode raw, String origin) {
        if (raw.isTextual()) {
            return Arrays.stream(raw.textValue().split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        if (!raw.isArray()) {
            throw wrongType(key, raw, origin);
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : raw) {
            if (!item.isValueNode() || item.isNull()) {
                throw wrongType(key, raw, origin);
            }
            items.add(item.asText().strip());
        }
        return List.copyOf(items);
    }

    static ConfigException wrongType(Key key, JsonNode raw, String origin) {
        return new ConfigException(key.full() + " in " + origin + " must be " + key.type().expected + ", found " + raw);
    }
}
