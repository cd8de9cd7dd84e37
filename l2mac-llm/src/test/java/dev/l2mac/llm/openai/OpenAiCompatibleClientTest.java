package dev.l2mac.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.llm.Usage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleClientTest {
    static final String KEY = "sk-test-0123456789";
    static final ToolSpec WRITE_FILES = new ToolSpec("write_files", "Write files to the workspace.", """
            {"type": "object",
             "properties": {"list_of_file_objects": {"type": "array", "description": "files to write",
                 "items": {"type": "object",
                           "properties": {"file_path": {"type": "string"}, "file_contents": {"type": "string"}},
                           "required": ["file_path", "file_contents"]}}},
             "required": ["list_of_file_objects"]}""");
    static final ToolSpec STEP_COMPLETE = new ToolSpec(
            "sub_task_step_complete", "Call when the step is done.", "{\"type\": \"object\", \"properties\": {}}");

    private final LocalOpenAiServer server = LocalOpenAiServer.start();
    private final OpenAiCompatibleClient client =
            new OpenAiCompatibleClient(new OpenAiSettings(server.baseUrl(), KEY, "gpt-test", Duration.ofSeconds(10)));

    @AfterEach
    void stopServer() {
        server.close();
    }

    static ChatRequest ask(String text) {
        return new ChatRequest(List.of(new Message.UserMessage(text)), List.of(), null, 0.0, 256);
    }

    @Test
    void returns_a_plain_text_reply_with_usage_and_stop() throws LlmException {
        server.enqueue(OpenAiReplies.text("Hello there."));

        ChatResponse response = client.chat(ask("Say hello."));

        assertThat(response.message().text()).isEqualTo("Hello there.");
        assertThat(response.message().toolCalls()).isEmpty();
        assertThat(response.usage()).isEqualTo(OpenAiReplies.DEFAULT_USAGE);
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void posts_model_temperature_and_max_tokens_to_chat_completions() throws LlmException {
        server.enqueue(OpenAiReplies.text("ok"));

        client.chat(new ChatRequest(List.of(new Message.UserMessage("hi")), List.of(), null, 0.7, 321));

        LocalOpenAiServer.RecordedRequest request = server.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.body().path("model").asText()).isEqualTo("gpt-test");
        assertThat(request.body().path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(request.body().path("max_tokens").asInt()).isEqualTo(321);
        assertThat(request.body().has("max_completion_tokens")).isFalse();
        assertThat(request.body().has("tools")).as("no empty tools array").isFalse();
        assertThat(request.body().has("tool_choice")).isFalse();
        assertThat(request.body().path("stream").asBoolean(true)).isFalse();
    }

    @Test
    void returns_several_tool_calls_of_one_reply_in_order() throws LlmException {
        server.enqueue(OpenAiReplies.toolCalls(
                new ToolCall("call_a", "view_files", "{\"files\": [\"a.py\"]}"),
                new ToolCall("call_b", "sub_task_step_complete", "{}")));

        ChatResponse response = client.chat(ask("go"));

        assertThat(response.message().toolCalls())
                .containsExactly(
                        new ToolCall("call_a", "view_files", "{\"files\": [\"a.py\"]}"),
                        new ToolCall("call_b", "sub_task_step_complete", "{}"));
        assertThat(response.message().text()).isEmpty();
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void passes_invalid_json_in_tool_arguments_through_unchanged() throws LlmException {
        String broken = "{\"list_of_file_objects\": [{\"file_path\": \"a.py\", \"file_contents\": \"x = '";
        server.enqueue(OpenAiReplies.toolCalls(new ToolCall("call_1", "write_files", broken)));

        ChatResponse response = client.chat(ask("write"));

        assertThat(response.message().toolCalls())
                .singleElement()
                .extracting(ToolCall::arguments)
                .isEqualTo(broken);
    }

    @Test
    void forces_a_named_tool_with_a_tool_choice_object() throws LlmException {
        server.enqueue(OpenAiReplies.toolCalls(new ToolCall("call_1", "sub_task_step_complete", "{}")));

        client.chat(new ChatRequest(
                List.of(new Message.UserMessage("finish")),
                List.of(WRITE_FILES, STEP_COMPLETE),
                "sub_task_step_complete",
                0.0,
                100));

        JsonNode choice = server.lastRequest().body().path("tool_choice");
        assertThat(choice.isObject())
                .as("tool_choice is an object, not \"required\": %s", choice)
                .isTrue();
        assertThat(choice.toString())
                .isEqualTo("{\"type\":\"function\",\"function\":{\"name\":\"sub_task_step_complete\"}}");
    }

    @Test
    void sends_tools_in_openai_shape_with_their_schemas() throws LlmException {
        server.enqueue(OpenAiReplies.text("ok"));

        client.chat(new ChatRequest(
                List.of(new Message.UserMessage("hi")), List.of(WRITE_FILES, STEP_COMPLETE), null, 0.0, 100));

        JsonNode tools = server.lastRequest().body().path("tools");
        assertThat(tools.size()).isEqualTo(2);
        JsonNode write = tools.get(0);
        assertThat(write.path("type").asText()).isEqualTo("function");
        assertThat(write.path("function").path("name").asText()).isEqualTo("write_files");
        assertThat(write.path("function").path("description").asText()).isEqualTo("Write files to the workspace.");
        JsonNode parameters = write.path("function").path("parameters");
        assertThat(parameters.path("type").asText()).isEqualTo("object");
        assertThat(parameters.path("required").toString()).isEqualTo("[\"list_of_file_objects\"]");
        JsonNode files = parameters.path("properties").path("list_of_file_objects");
        assertThat(files.path("type").asText()).isEqualTo("array");
        assertThat(files.path("description").asText()).isEqualTo("files to write");
        assertThat(files.path("items")
                        .path("properties")
                        .path("file_path")
                        .path("type")
                        .asText())
                .isEqualTo("string");
        assertThat(files.path("items").path("required").toString()).isEqualTo("[\"file_path\",\"file_contents\"]");
        assertThat(tools.get(1)
                        .path("function")
                        .path("parameters")
                        .path("properties")
                        .isObject())
                .isTrue();
    }

    @Test
    void serializes_the_dialog_in_order_with_openai_roles() throws LlmException {
        server.enqueue(OpenAiReplies.text("done"));
        List<Message> dialog = List.of(
                new Message.SystemMessage("You are a programmer."),
                new Message.UserMessage("Write main.py."),
                new Message.AssistantMessage(
                        "",
                        List.of(
                                new ToolCall("call_1", "write_files", "{\"list_of_file_objects\": []}"),
                                new ToolCall("call_2", "sub_task_step_complete", "{}"))),
                new Message.ToolResultMessage("call_1", "write_files", "wrote 0 files"),
                new Message.ToolResultMessage("call_2", "sub_task_step_complete", "checks passed"),
                Message.AssistantMessage.ofText("All done."),
                new Message.UserMessage("Summarise."));

        client.chat(new ChatRequest(dialog, List.of(WRITE_FILES, STEP_COMPLETE), null, 0.0, 100));

        JsonNode messages = server.lastRequest().body().path("messages");
        assertThat(messages.findValuesAsText("role"))
                .containsExactly("system", "user", "assistant", "tool", "tool", "assistant", "user");
        assertThat(messages.get(0).path("content").asText()).isEqualTo("You are a programmer.");
        JsonNode calls = messages.get(2).path("tool_calls");
        assertThat(calls.size()).isEqualTo(2);
        assertThat(calls.get(0).path("id").asText()).isEqualTo("call_1");
        assertThat(calls.get(0).path("type").asText()).isEqualTo("function");
        assertThat(calls.get(0).path("function").path("name").asText()).isEqualTo("write_files");
        assertThat(calls.get(0).path("function").path("arguments").asText())
                .isEqualTo("{\"list_of_file_objects\": []}");
        assertThat(messages.get(3).path("tool_call_id").asText()).isEqualTo("call_1");
        assertThat(messages.get(3).path("content").asText()).isEqualTo("wrote 0 files");
        assertThat(messages.get(4).path("tool_call_id").asText()).isEqualTo("call_2");
        assertThat(messages.get(5).path("content").asText()).isEqualTo("All done.");
    }

    @Test
    void maps_length_and_content_filter_finish_reasons_and_usage() throws LlmException {
        server.enqueue(
                OpenAiReplies.completion("cut", List.of(), "length", new Usage(1000, 256)),
                OpenAiReplies.completion("", List.of(), "content_filter", new Usage(10, 0)),
                OpenAiReplies.completion("odd", List.of(), "eos_token", new Usage(3, 1)));

        ChatResponse cut = client.chat(ask("long"));
        ChatResponse filtered = client.chat(ask("bad"));
        ChatResponse unknown = client.chat(ask("odd"));

        assertThat(cut.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(cut.usage()).isEqualTo(new Usage(1000, 256));
        assertThat(filtered.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
        assertThat(unknown.finishReason()).isEqualTo(FinishReason.OTHER);
    }

    @Test
    void sends_the_api_key_as_a_bearer_token() throws LlmException {
        server.enqueue(OpenAiReplies.text("ok"));

        client.chat(ask("hi"));

        assertThat(server.lastRequest().header("Authorization")).contains("Bearer " + KEY);
    }

    @Test
    void sends_no_authorization_header_when_the_key_is_blank() throws LlmException {
        server.enqueue(OpenAiReplies.text("ok"));
        OpenAiCompatibleClient local = new OpenAiCompatibleClient(
                new OpenAiSettings(server.baseUrl(), "  ", "llama3.1", Duration.ofSeconds(10)));

        local.chat(ask("hi"));

        assertThat(server.lastRequest().header("Authorization")).isEmpty();
        assertThat(server.lastRequest().body().path("model").asText()).isEqualTo("llama3.1");
    }

    @Test
    void refuses_a_tool_schema_it_cannot_translate_before_calling_the_server() {
        ToolSpec odd = new ToolSpec(
                "odd",
                "has a union type",
                "{\"type\": \"object\", \"properties\": {\"x\": {\"type\": [\"string\", \"null\"]}}}");

        LlmException.Fatal failure = catchThrowableOfType(
                LlmException.Fatal.class,
                () -> client.chat(
                        new ChatRequest(List.of(new Message.UserMessage("hi")), List.of(odd), null, 0.0, 10)));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("tool 'odd'", "$.properties.x");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void reports_the_model_name_it_was_configured_with() {
        assertThat(client.modelName()).isEqualTo("gpt-test");
    }
}
