package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to one call's parsed arguments. Every refusal names the tool and the argument, says what was given,
 * and shows an example of what is expected.
 */
final class Arguments {

    private final String tool;
    private final JsonNode node;

    Arguments(String tool, JsonNode node) {
        this.tool = tool;
        this.node = node;
    }

    /** A required string. */
    String string(String name, String example) throws ArgumentException {
        JsonNode value = required(name, "a string", example);
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value, example);
        }
        return value.textValue();
    }

    /** A required, non-empty list of strings. */
    List<String> strings(String name, String example) throws ArgumentException {
        List<String> values = strings(name, required(name, "a list of strings", example), example);
        if (values.isEmpty()) {
            throw new ArgumentException(tool + " argument '" + name + "' is an empty list; give at least one item,"
                    + " for example " + example + ".");
        }
        return values;
    }

    /** An optional list of strings: empty when absent or null. */
    List<String> optionalStrings(String name, String example) throws ArgumentException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? List.of() : strings(name, value, example);
    }

    /** An optional string: empty when absent or null. */
    Optional<String> optionalString(String name, String example) throws ArgumentException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value, example);
        }
        return Optional.of(value.textValue());
    }

    /** An optional true or false: {@code otherwise} when absent or null. */
    boolean optionalBoolean(String name, boolean otherwise, String example) throws ArgumentException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false", value, example);
        }
        return value.booleanValue();
    }

    /** An optional whole number from {@code min} to {@code max}: {@code otherwise} when absent or null. */
    int optionalInt(String name, int min, int max, int otherwise, String example) throws ArgumentException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        String expected = "a whole number from " + min + " to " + max;
        if (!value.canConvertToExactIntegral()) {
            throw wrongType(name, expected, value, example);
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw new ArgumentException(tool + " argument '" + name + "' must be " + expected + ", but "
                    + value.asText() + " was given; for example " + example + ".");
        }
        return value.intValue();
    }

    /** A required, non-empty list of objects. */
    List<JsonNode> objects(String name, String example) throws ArgumentException {
        JsonNode value = required(name, "a list of objects", example);
        if (!value.isArray()) {
            throw wrongType(name, "a list of objects", value, example);
        }
        if (value.isEmpty()) {
            throw new ArgumentException(tool + " argument '" + name + "' is an empty list; give at least one item,"
                    + " for example " + example + ".");
        }
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw new ArgumentException(tool + " argument '" + name + "' must hold only objects, but item "
                        + (i + 1) + " is " + kind(value.get(i)) + "; for example " + example + ".");
            }
            items.add(value.get(i));
        }
        return items;
    }

    /** How a JSON value is described to the model, such as "a number". */
    static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL, MISSING -> "null";
            case BINARY, POJO -> "an unsupported value";
        };
    }

    private List<String> strings(String name, JsonNode value, String example) throws ArgumentException {
        if (!value.isArray()) {
            throw wrongType(name, "a list of strings", value, example);
        }
        List<String> values = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw new ArgumentException(tool + " argument '" + name + "' must hold only strings, but item "
                        + (i + 1) + " is " + kind(value.get(i)) + "; for example " + example + ".");
            }
            values.add(value.get(i).textValue());
        }
        return values;
    }

    private JsonNode required(String name, String expected, String example) throws ArgumentException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ArgumentException(
                    tool + " needs the argument '" + name + "' (" + expected + "), for example " + example + ".");
        }
        return value;
    }

    private ArgumentException wrongType(String name, String expected, JsonNode value, String example) {
        return new ArgumentException(tool + " argument '" + name + "' must be " + expected + ", but " + kind(value)
                + " was given; for example " + example + ".");
    }
}
