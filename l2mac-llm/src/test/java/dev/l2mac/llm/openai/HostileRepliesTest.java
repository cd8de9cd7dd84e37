package dev.l2mac.llm.openai;

import static dev.l2mac.llm.openai.OpenAiCompatibleClientTest.KEY;
import static dev.l2mac.llm.openai.OpenAiCompatibleClientTest.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.RetryingLlmClient;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.edge.JdkTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies a hostile or broken server sends, in the real wire format: each is mended or a retryable failure. */
class HostileRepliesTest {
    private static final String JSON = "application/json";

    private final LocalOpenAiServer server = LocalOpenAiServer.start();
    private final OpenAiCompatibleClient client = new OpenAiCompatibleClient(
            new OpenAiSettings(server.baseUrl(), KEY, OpenAiReplies.MODEL, Duration.ofSeconds(10)));

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static String completion(String toolCalls, String usage) {
        return """
                {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "gpt-test",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": null, "tool_calls": %s},
                              "finish_reason": "tool_calls"}],
                 "usage": %s}""".formatted(toolCalls, usage);
    }

    private ChatResponse replyTo(String body) throws LlmException {
        server.enqueue(OpenAiReplies.raw(200, JSON, body));
        return client.chat(ask("go"));
    }

    private LlmException.Transient failureFor(String body) {
        server.enqueue(OpenAiReplies.raw(200, JSON, body));
        LlmException.Transient failure =
                catchThrowableOfType(LlmException.Transient.class, () -> client.chat(ask("go")));
        assertThat(failure).as("a retryable failure").isNotNull();
        assertThat(failure.getMessage()).doesNotContain("base_url", "com.fasterxml", "dev.langchain4j", KEY);
        return failure;
    }

    @Test
    void arguments_sent_as_a_json_object_become_its_text() throws LlmException {
        ChatResponse reply = replyTo(completion("""
                [{"id": "c1", "type": "function", "function": {"name": "view_files", "arguments": {"files": ["a"]}}}]
                """, "{\"prompt_tokens\": 3, \"completion_tokens\": 2}"));

        assertThat(reply.message().toolCalls())
                .containsExactly(new ToolCall("c1", "view_files", "{\"files\":[\"a\"]}"));
    }

    @Test
    void a_null_function_or_missing_name_becomes_a_call_of_no_tool_that_dispatch_refuses() throws LlmException {
        ChatResponse reply = replyTo(completion("""
                [{"id": "c1", "type": "function", "function": null},
                 {"id": "c2", "type": "function", "function": {"arguments": "{}"}},
                 {"id": "c3", "type": "function"}]""", "null"));

        assertThat(reply.message().toolCalls())
                .extracting(ToolCall::id, ToolCall::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c1", ""),
                        org.assertj.core.groups.Tuple.tuple("c2", ""),
                        org.assertj.core.groups.Tuple.tuple("c3", ""));
    }

    @Test
    void missing_and_repeated_ids_are_replaced_by_fresh_distinct_ones() throws LlmException {
        ChatResponse reply = replyTo(completion("""
                [{"type": "function", "function": {"name": "a", "arguments": "{}"}},
                 {"id": "same", "type": "function", "function": {"name": "b", "arguments": "{}"}},
                 {"id": "same", "type": "function", "function": {"name": "c", "arguments": "{}"}},
                 {"id": 7, "function": {"name": "d", "arguments": "{}"}}]""", "null"));

        List<String> ids =
                reply.message().toolCalls().stream().map(ToolCall::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(4).contains("same").allMatch(id -> !id.isBlank());
    }

    @Test
    void token_counts_that_are_not_counts_count_as_none() throws LlmException {
        ChatResponse reply = replyTo(completion("[]", """
                {"prompt_tokens": -5, "completion_tokens": 1e40, "total_tokens": "many",
                 "prompt_tokens_details": 3}"""));

        assertThat(reply.usage()).isEqualTo(new Usage(0, 0));
    }

    @Test
    void a_chat_completion_of_an_unreadable_shape_is_retryable_and_names_the_field() {
        LlmException.Transient failure = failureFor("""
                {"id": "x", "created": {"when": "now"}, "model": "gpt-test", "choices": []}""");

        assertThat(failure.getMessage()).contains("cannot be read", "field created", "another attempt");
    }

    @Test
    void a_reply_cut_off_inside_its_json_is_retryable() {
        LlmException.Transient failure = failureFor("{\"id\": \"x\", \"choices\": [{\"index\": 0, \"mess");

        assertThat(failure.getMessage()).contains("not valid JSON", "cut off");
    }

    @Test
    void a_reply_over_the_named_limit_is_a_clear_retryable_failure() {
        String huge = "x".repeat(JdkTransport.MAX_REPLY_BYTES + 1);
        LlmException.Transient failure = failureFor(completion("""
                [{"id": "c1", "type": "function", "function": {"name": "a", "arguments": "%s"}}]""".formatted(huge), "null"));

        assertThat(failure.getMessage()).contains("larger than 16 MiB", "MAX_REPLY_BYTES");
    }

    @Test
    void the_retry_policy_asks_again_after_an_unreadable_reply() throws LlmException {
        server.enqueue(OpenAiReplies.raw(200, JSON, "{\"choices\": [{\"message\": {\"content\": [1,"));
        server.enqueue(OpenAiReplies.text("fine"));
        List<Duration> slept = new ArrayList<>();
        RetryingLlmClient retrying =
                new RetryingLlmClient(client, RetryPolicy.DEFAULT, slept::add, (failure, wait) -> {});

        assertThat(retrying.chat(ask("go")).message().text()).isEqualTo("fine");
        assertThat(slept).hasSize(1);
    }

    @Test
    void a_streamed_call_with_object_arguments_and_a_null_function_is_mended() throws LlmException {
        String chunk = "{\"id\": \"s\", \"object\": \"chat.completion.chunk\", \"created\": 1, \"model\": \"m\", "
                + "\"choices\": [{\"index\": 0, \"delta\": %s, \"finish_reason\": %s}]}";
        server.enqueue(OpenAiReplies.raw(
                200,
                "text/event-stream",
                "data: " + chunk.formatted("""
                {"role": "assistant", "tool_calls": [{"index": 0, "id": "c1", "type": "function",
                  "function": {"name": "view_files", "arguments": {"files": ["a"]}}},
                 {"index": 1, "id": "c2", "type": "function", "function": null}]}""".replace("\n", " "), "null")
                        + "\n\ndata: " + chunk.formatted("{}", "\"tool_calls\"") + "\n\ndata: [DONE]\n\n"));

        ChatResponse reply = client.chat(ask("go"), StreamListener.NONE);

        assertThat(reply.message().toolCalls())
                .containsExactly(new ToolCall("c1", "view_files", "{\"files\":[\"a\"]}"), new ToolCall("c2", "", ""));
    }
}
