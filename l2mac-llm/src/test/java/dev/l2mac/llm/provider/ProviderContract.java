package dev.l2mac.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every adapter must do, checked against a local server that speaks its provider's real wire format: each
 * provider's test class supplies only its {@link WireDialect}.
 */
abstract class ProviderContract {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    static final Usage USAGE = new Usage(12, 5);
    static final ToolSpec VIEW_FILES = new ToolSpec("view_files", "Show files.", """
            {"type": "object", "properties": {"files": {"type": "array", "items": {"type": "string"}}},
             "required": ["files"]}""");
    static final ToolSpec STEP_COMPLETE = new ToolSpec(
            "sub_task_step_complete", "Call when the step is done.", "{\"type\": \"object\", \"properties\": {}}");
    static final List<ToolCall> TWO_CALLS = List.of(
            new ToolCall("call_a", "view_files", "{\"files\":[\"a.py\"]}"),
            new ToolCall("call_b", "sub_task_step_complete", "{}"));

    final WireDialect dialect = dialect();
    final LocalOpenAiServer server = LocalOpenAiServer.start();
    final LlmClient client = Providers.connect(dialect.settings(server, TIMEOUT));

    abstract WireDialect dialect();

    @AfterEach
    void stopServer() {
        server.close();
    }

    static ChatRequest ask(String text) {
        return new ChatRequest(
                List.of(new Message.SystemMessage("You write code."), new Message.UserMessage(text)),
                List.of(VIEW_FILES, STEP_COMPLETE),
                null,
                0.0,
                256);
    }

    static ChatRequest forcing(String tool) {
        return new ChatRequest(
                List.of(new Message.UserMessage("finish")), List.of(VIEW_FILES, STEP_COMPLETE), tool, 0.0, 256);
    }

    <T extends LlmException> T failureOf(Class<T> type, Executable call) {
        T failure = catchThrowableOfType(type, call::execute);
        assertThat(failure).as("expected %s", type.getSimpleName()).isNotNull();
        assertThat(failure.getMessage()).doesNotContain(WireDialect.KEY);
        return failure;
    }

    @Test
    void returns_a_plain_reply_with_usage_and_stop() throws LlmException {
        server.enqueue(dialect.text("Hello there.", USAGE));

        ChatResponse response = client.chat(ask("Say hello."));

        assertThat(response.message().text()).isEqualTo("Hello there.");
        assertThat(response.message().toolCalls()).isEmpty();
        assertThat(response.usage()).isEqualTo(USAGE);
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(server.lastRequest().path()).isEqualTo(dialect.chatPath(false));
        assertThat(server.lastRequest().bodyText()).contains("Say hello.", "You write code.", "view_files");
    }

    @Test
    void returns_several_tool_calls_of_one_reply_in_order() throws LlmException {
        server.enqueue(dialect.toolCalls(TWO_CALLS, USAGE));

        ChatResponse response = client.chat(ask("go"));

        assertToolCalls(response.message().toolCalls());
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(response.usage()).isEqualTo(USAGE);
    }

    @Test
    void forces_the_named_tool_in_the_request() throws LlmException {
        server.enqueue(dialect.toolCalls(List.of(TWO_CALLS.get(1)), USAGE));

        client.chat(forcing("sub_task_step_complete"));

        assertThat(dialect.forcedTool(server.lastRequest().body()))
                .as(server.lastRequest().bodyText())
                .contains("sub_task_step_complete");
    }

    @Test
    void forces_nothing_when_no_tool_is_forced() throws LlmException {
        server.enqueue(dialect.text("ok", USAGE));

        client.chat(ask("hi"));

        assertThat(dialect.forcedTool(server.lastRequest().body())).isEmpty();
    }

    @Test
    void reports_a_reply_cut_at_the_output_limit_as_length() throws LlmException {
        server.enqueue(dialect.cutAtLength("def main(", new Usage(100, 256)));

        ChatResponse response = client.chat(ask("long"));

        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.message().text()).isEqualTo("def main(");
        assertThat(response.usage()).isEqualTo(new Usage(100, 256));
    }

    @Test
    void streams_text_as_it_is_generated_with_the_same_result() throws LlmException {
        server.enqueue(dialect.streamedText(List.of("Hel", "lo ", "there."), USAGE));
        RecordingListener listener = new RecordingListener();

        ChatResponse response = client.chat(ask("Say hello."), listener);

        assertThat(listener.texts).containsExactly("Hel", "lo ", "there.");
        assertThat(response.message().text()).isEqualTo("Hello there.");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(USAGE);
        assertThat(listener.usage).isEqualTo(USAGE);
        assertThat(server.lastRequest().path()).isEqualTo(dialect.chatPath(true));
    }

    @Test
    void streams_tool_calls_as_they_form() throws LlmException {
        server.enqueue(dialect.streamedToolCalls(TWO_CALLS, USAGE));
        RecordingListener listener = new RecordingListener();

        ChatResponse response = client.chat(ask("go"), listener);

        assertToolCalls(response.message().toolCalls());
        assertThat(listener.events)
                .filteredOn(event -> event.startsWith("started"))
                .containsExactly("started 0 view_files", "started 1 sub_task_step_complete");
        assertThat(WireDialect.parse(listener.argumentsOf(0))).isEqualTo(WireDialect.parse("{\"files\":[\"a.py\"]}"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void rate_limit_is_rate_limited_with_the_servers_retry_after() {
        server.enqueue(
                dialect.error(429, "rate_limit_error", "Rate limit reached").withHeader("Retry-After", "7"));

        LlmException.RateLimited limited = failureOf(LlmException.RateLimited.class, () -> client.chat(ask("hi")));

        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(limited.getMessage()).contains("429", "Rate limit reached");
    }

    @Test
    void rate_limit_on_a_stream_is_rate_limited_too() {
        server.enqueue(dialect.error(429, "rate_limit_error", "slow down").withHeader("Retry-After", "3"));

        LlmException.RateLimited limited =
                failureOf(LlmException.RateLimited.class, () -> client.chat(ask("hi"), StreamListener.NONE));

        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void server_errors_are_transient() {
        server.enqueue(
                dialect.error(500, "api_error", "Internal server error"),
                dialect.error(503, "overloaded_error", "Service unavailable"));

        assertThat(failureOf(LlmException.Transient.class, () -> client.chat(ask("hi")))
                        .getMessage())
                .contains("500", "Internal server error");
        assertThat(failureOf(LlmException.Transient.class, () -> client.chat(ask("hi"), StreamListener.NONE))
                        .getMessage())
                .contains("503");
    }

    @Test
    void refused_credentials_are_an_authentication_failure() {
        server.enqueue(dialect.authenticationFailure());

        failureOf(LlmException.AuthenticationFailed.class, () -> client.chat(ask("hi")));
    }

    @Test
    void a_request_too_long_for_the_context_window_is_context_overflow() {
        server.enqueue(dialect.contextOverflow());

        assertThat(failureOf(LlmException.ContextOverflow.class, () -> client.chat(ask("hi")))
                        .getMessage())
                .contains(WireDialect.MODEL);
    }

    @Test
    void an_unknown_model_is_fatal_and_named() {
        server.enqueue(dialect.unknownModel());

        assertThat(failureOf(LlmException.Fatal.class, () -> client.chat(ask("hi")))
                        .getMessage())
                .contains("unknown model '" + WireDialect.MODEL + "'");
    }

    @Test
    void a_server_slower_than_the_timeout_is_transient() {
        LlmClient impatient = Providers.connect(dialect.settings(server, SHORT_TIMEOUT));
        server.enqueue(dialect.text("late", USAGE).delayedBy(SHORT_TIMEOUT.multipliedBy(3)));

        failureOf(LlmException.Transient.class, () -> impatient.chat(ask("hi")));
    }

    @Test
    void a_connection_reset_in_the_middle_of_a_stream_is_transient() {
        server.enqueue(dialect.streamedText(List.of("Hel", "lo ", "there, this is a longer reply."), USAGE)
                .resetMidway());

        failureOf(LlmException.Transient.class, () -> client.chat(ask("hi"), StreamListener.NONE));
    }

    @Test
    void a_stream_that_ends_before_its_final_event_is_transient() {
        server.enqueue(dialect.truncatedStream(List.of("Hel", "lo")));

        assertThat(failureOf(LlmException.Transient.class, () -> client.chat(ask("hi"), StreamListener.NONE))
                        .getMessage())
                .contains("ended early");
    }

    @Test
    void a_tool_call_without_a_name_or_with_odd_fields_is_a_call_of_no_tool_or_a_retry_never_a_crash() {
        for (String hostile : List.of("null", "42", "{}")) {
            LocalOpenAiServer.Reply reply = dialect.toolCalls(TWO_CALLS, USAGE);
            server.enqueue(new LocalOpenAiServer.Reply(
                    reply.status(), reply.headers(), reply.body().replace("\"view_files\"", hostile), null, false));
            try {
                ChatResponse response = client.chat(ask("go"));
                assertThat(response.message().toolCalls())
                        .as(hostile)
                        .isNotEmpty()
                        .noneMatch(call -> call.name().equals("view_files"));
            } catch (LlmException.Transient retryable) {
                assertThat(retryable.getMessage()).as(hostile).doesNotContain(WireDialect.KEY);
            } catch (LlmException other) {
                throw new AssertionError("a tool call named " + hostile + " ended as " + other, other);
            }
        }
    }

    private void assertToolCalls(List<ToolCall> calls) {
        assertThat(calls).extracting(ToolCall::name).containsExactly("view_files", "sub_task_step_complete");
        assertThat(WireDialect.parse(calls.get(0).arguments()))
                .isEqualTo(WireDialect.parse(TWO_CALLS.get(0).arguments()));
        assertThat(WireDialect.parse(calls.get(1).arguments())).isEqualTo(WireDialect.parse("{}"));
        if (dialect.keepsCallIds()) {
            assertThat(calls).extracting(ToolCall::id).containsExactly("call_a", "call_b");
        } else {
            assertThat(calls).extracting(ToolCall::id).doesNotHaveDuplicates().allMatch(id -> !id.isBlank());
        }
    }
}
