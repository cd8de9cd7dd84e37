package dev.l2mac.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of request the OpenAI-compatible adapter sends validates against the chat-completions request schema of
 * OpenAI's own API description. That document is OpenAPI 3.1 but still says {@code nullable: true}, which JSON
 * Schema 2020-12 does not know, so it is rewritten first into a union with {@code null}.
 */
class ChatCompletionsSchemaTest {
    private static final String REQUEST_SCHEMA = "#/components/schemas/CreateChatCompletionRequest";
    private static JsonSchema schema;

    private final LocalOpenAiServer server = LocalOpenAiServer.start();
    private final LlmClient client = Providers.connect(new OpenAiDialect().settings(server, ProviderContract.TIMEOUT));

    @BeforeAll
    static void loadSchema() throws IOException {
        Path document = SharedData.folder("openai-openapi/openapi.yaml");
        ObjectNode openApi = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
        rewriteNullable(openApi);
        ObjectNode root = WireDialect.object()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$ref", REQUEST_SCHEMA);
        root.set("components", openApi.get("components"));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_plain_request_with_tools_validates() throws LlmException {
        server.enqueue(new OpenAiDialect().text("ok", Usage.NONE));

        client.chat(ProviderContract.ask("hi"));

        assertValid(server.lastRequest().body());
    }

    @Test
    void a_request_forcing_a_tool_validates() throws LlmException {
        server.enqueue(new OpenAiDialect().text("ok", Usage.NONE));

        client.chat(ProviderContract.forcing("sub_task_step_complete"));

        assertValid(server.lastRequest().body());
    }

    @Test
    void a_whole_dialog_with_tool_calls_and_results_validates() throws LlmException {
        server.enqueue(new OpenAiDialect().text("ok", Usage.NONE));
        List<Message> dialog = List.of(
                new Message.SystemMessage("You write code."),
                new Message.UserMessage("Write main.py."),
                new Message.AssistantMessage("", List.of(new ToolCall("call_1", "view_files", "{\"files\":[]}"))),
                new Message.ToolResultMessage("call_1", "view_files", "no files"),
                Message.AssistantMessage.ofText("Done."),
                new Message.UserMessage("Summarise."));

        client.chat(new ChatRequest(dialog, List.of(ProviderContract.VIEW_FILES), null, 0.3, 100));

        assertValid(server.lastRequest().body());
    }

    @Test
    void a_streaming_request_validates() throws LlmException {
        server.enqueue(new OpenAiDialect().streamedText(List.of("o", "k"), Usage.NONE));

        client.chat(ProviderContract.ask("hi"), StreamListener.NONE);

        assertThat(server.lastRequest().body().path("stream").asBoolean()).isTrue();
        assertValid(server.lastRequest().body());
    }

    @Test
    void the_schema_rejects_a_request_without_messages() {
        ObjectNode invalid = WireDialect.object().put("model", "gpt-test");

        assertThat(schema.validate(invalid)).isNotEmpty();
    }

    private static void assertValid(JsonNode body) {
        Set<ValidationMessage> errors = schema.validate(body);
        assertThat(errors).as("request %s", body).isEmpty();
    }

    /** {@code nullable: true} beside a type becomes a type union; beside anything else, an anyOf with null. */
    static void rewriteNullable(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(ChatCompletionsSchemaTest::rewriteNullable);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            fields.add(it.next());
        }
        fields.forEach(field -> rewriteNullable(field.getValue()));
        if (!object.path("nullable").asBoolean(false)) {
            object.remove("nullable");
            return;
        }
        object.remove("nullable");
        if (object.get("type") != null && object.get("type").isTextual()) {
            String type = object.get("type").asText();
            object.putArray("type").add(type).add("null");
            if (object.get("enum") instanceof ArrayNode values) {
                values.addNull();
            }
        } else {
            ObjectNode original = object.deepCopy();
            object.removeAll();
            ArrayNode options = object.putArray("anyOf");
            options.add(original);
            options.addObject().put("type", "null");
        }
    }
}
