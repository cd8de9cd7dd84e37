package dev.l2mac.llm.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON Schema text of a tool's parameters into LangChain4j's schema model. It understands the subset that
 * tool parameters use (object, string, integer, number, boolean, array, enum, anyOf, required, description,
 * additionalProperties, nested to any depth) and rejects anything else with the JSON path of the offending node,
 * because silently dropping a constraint would change what the model is told.
 */
public final class JsonSchemaReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSchemaReader() {}

    /** @throws IllegalArgumentException when the text is not JSON, not an object schema, or outside the subset */
    public static JsonObjectSchema readParameters(String schemaText) {
        JsonNode root;
        try {
            root = JSON.readTree(schemaText);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the parameters schema is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null
                || !root.isObject()
                || !"object".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("the parameters schema must be a JSON object with \"type\": \"object\"");
        }
        return object(root, "$");
    }

    private static JsonSchemaElement element(JsonNode node, String path) {
        if (!node.isObject()) {
            throw unsupported(path, "a schema must be a JSON object");
        }
        if (node.has("enum")) {
            return enumeration(node, path);
        }
        if (node.has("anyOf")) {
            return anyOf(node, path);
        }
        String type = node.path("type").asText("");
        return switch (type) {
            case "object" -> object(node, path);
            case "array" -> array(node, path);
            case "string" ->
                JsonStringSchema.builder().description(description(node)).build();
            case "integer" ->
                JsonIntegerSchema.builder().description(description(node)).build();
            case "number" ->
                JsonNumberSchema.builder().description(description(node)).build();
            case "boolean" ->
                JsonBooleanSchema.builder().description(description(node)).build();
            default -> throw unsupported(path, "type " + node.path("type") + " is not supported");
        };
    }

    private static JsonObjectSchema object(JsonNode node, String path) {
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder().description(description(node));
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            builder.addProperty(
                    property.getKey(), element(property.getValue(), path + ".properties." + property.getKey()));
        }
        List<String> required = strings(node.path("required"), path + ".required");
        if (!required.isEmpty()) {
            builder.required(required);
        }
        JsonNode additional = node.get("additionalProperties");
        if (additional != null) {
            if (!additional.isBoolean()) {
                throw unsupported(path + ".additionalProperties", "only true or false is supported");
            }
            builder.additionalProperties(additional.booleanValue());
        }
        return builder.build();
    }

    private static JsonArraySchema array(JsonNode node, String path) {
        JsonNode items = node.get("items");
        if (items == null) {
            throw unsupported(path, "an array needs \"items\"");
        }
        return JsonArraySchema.builder()
                .description(description(node))
                .items(element(items, path + ".items"))
                .build();
    }

    private static JsonEnumSchema enumeration(JsonNode node, String path) {
        List<String> values = strings(node.get("enum"), path + ".enum");
        if (values.isEmpty()) {
            throw unsupported(path + ".enum", "an enum needs at least one value");
        }
        return JsonEnumSchema.builder()
                .description(description(node))
                .enumValues(values)
                .build();
    }

    private static JsonAnyOfSchema anyOf(JsonNode node, String path) {
        JsonNode options = node.get("anyOf");
        if (!options.isArray() || options.isEmpty()) {
            throw unsupported(path + ".anyOf", "anyOf needs a non-empty array of schemas");
        }
        List<JsonSchemaElement> elements = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            elements.add(element(options.get(i), path + ".anyOf[" + i + "]"));
        }
        return JsonAnyOfSchema.builder()
                .description(description(node))
                .anyOf(elements)
                .build();
    }

    private static List<String> strings(JsonNode node, String path) {
        if (node == null || node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw unsupported(path, "expected an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node) {
            if (!value.isTextual()) {
                throw unsupported(path, "only string values are supported, found " + value);
            }
            values.add(value.textValue());
        }
        return values;
    }

    private static @Nullable String description(JsonNode node) {
        JsonNode description = node.get("description");
        return description == null || description.isNull() ? null : description.asText();
    }

    private static IllegalArgumentException unsupported(String path, String why) {
        return new IllegalArgumentException("at " + path + ": " + why);
    }
}
