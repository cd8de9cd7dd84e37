package dev.l2mac.llm.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.junit.jupiter.api.Test;

class JsonSchemaReaderTest {

    @Test
    void reads_every_supported_type_with_descriptions_and_required() {
        JsonObjectSchema schema = JsonSchemaReader.readParameters("""
                {"type": "object", "description": "arguments",
                 "properties": {
                   "path": {"type": "string", "description": "file path"},
                   "count": {"type": "integer"},
                   "ratio": {"type": "number"},
                   "force": {"type": "boolean"},
                   "mode": {"type": "string", "enum": ["append", "replace"], "description": "how"},
                   "lines": {"type": "array", "items": {"type": "integer"}},
                   "target": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
                 "required": ["path", "mode"],
                 "additionalProperties": false}""");

        assertThat(schema.description()).isEqualTo("arguments");
        assertThat(schema.required()).containsExactly("path", "mode");
        assertThat(schema.additionalProperties()).isFalse();
        assertThat(schema.properties()).containsOnlyKeys("path", "count", "ratio", "force", "mode", "lines", "target");
        assertThat(schema.properties().get("path")).isInstanceOf(JsonStringSchema.class);
        assertThat(schema.properties().get("path").description()).isEqualTo("file path");
        assertThat(schema.properties().get("count")).isInstanceOf(JsonIntegerSchema.class);
        assertThat(schema.properties().get("ratio")).isInstanceOf(JsonNumberSchema.class);
        assertThat(schema.properties().get("force")).isInstanceOf(JsonBooleanSchema.class);
        JsonEnumSchema mode = (JsonEnumSchema) schema.properties().get("mode");
        assertThat(mode.enumValues()).containsExactly("append", "replace");
        assertThat(mode.description()).isEqualTo("how");
        assertThat(((JsonArraySchema) schema.properties().get("lines")).items()).isInstanceOf(JsonIntegerSchema.class);
        assertThat(((JsonAnyOfSchema) schema.properties().get("target")).anyOf())
                .hasSize(2);
    }

    @Test
    void reads_objects_nested_in_arrays_in_objects() {
        JsonObjectSchema schema = JsonSchemaReader.readParameters("""
                {"type": "object", "properties": {"files": {"type": "array", "items": {"type": "object",
                  "properties": {"meta": {"type": "object", "properties": {"tag": {"type": "string"}},
                                          "required": ["tag"]}}}}}}""");

        JsonObjectSchema item =
                (JsonObjectSchema) ((JsonArraySchema) schema.properties().get("files")).items();
        JsonObjectSchema meta = (JsonObjectSchema) item.properties().get("meta");
        assertThat(meta.required()).containsExactly("tag");
        assertThat(meta.properties().get("tag")).isInstanceOf(JsonStringSchema.class);
    }

    @Test
    void reads_an_object_without_properties_as_empty() {
        assertThat(JsonSchemaReader.readParameters("{\"type\": \"object\"}").properties())
                .isEmpty();
    }

    @Test
    void refuses_text_that_is_not_json() {
        assertThatThrownBy(() -> JsonSchemaReader.readParameters("{type: object"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void refuses_a_root_that_is_not_an_object_schema() {
        assertThatThrownBy(() -> JsonSchemaReader.readParameters("{\"type\": \"string\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"type\": \"object\"");
    }

    @Test
    void names_the_path_of_an_unsupported_type() {
        assertThatThrownBy(() -> JsonSchemaReader.readParameters("""
                {"type": "object", "properties": {"a": {"type": "array", "items": {"type": ["string", "null"]}}}}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.properties.a.items");
    }

    @Test
    void refuses_an_array_without_items_and_a_non_string_enum() {
        assertThatThrownBy(() -> JsonSchemaReader.readParameters("""
                {"type": "object", "properties": {"a": {"type": "array"}}}"""))
                .hasMessageContaining("$.properties.a")
                .hasMessageContaining("items");
        assertThatThrownBy(() -> JsonSchemaReader.readParameters("""
                {"type": "object", "properties": {"n": {"type": "integer", "enum": [1, 2]}}}""")).hasMessageContaining("$.properties.n.enum");
    }
}
