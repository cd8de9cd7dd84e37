package dev.l2mac.llm.openai;

import static dev.l2mac.llm.openai.OpenAiCompatibleClientTest.KEY;
import static dev.l2mac.llm.openai.OpenAiCompatibleClientTest.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.RetryingLlmClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailureClassificationTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private final LocalOpenAiServer server = LocalOpenAiServer.start();
    private final OpenAiCompatibleClient client = clientFor(server.baseUrl(), Duration.ofSeconds(10));

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static OpenAiCompatibleClient clientFor(String baseUrl, Duration timeout) {
        return new OpenAiCompatibleClient(
                new OpenAiSettings(baseUrl, KEY, "gpt-test", timeout), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private <T extends LlmException> T failureOf(Class<T> type) {
        T failure = catchThrowableOfType(type, () -> client.chat(ask("hi")));
        assertThat(failure).as("expected %s", type.getSimpleName()).isNotNull();
        assertThat(failure.getMessage()).doesNotContain(KEY);
        return failure;
    }

    @Test
    void rate_limit_carries_retry_after_seconds() {
        server.enqueue(OpenAiReplies.error(429, "requests", "rate_limit_exceeded", "Rate limit reached")
                .withHeader("Retry-After", "7"));

        LlmException.RateLimited limited = failureOf(LlmException.RateLimited.class);

        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(limited.getMessage()).contains("429", "Rate limit reached");
    }

    @Test
    void rate_limit_carries_retry_after_as_http_date() {
        server.enqueue(OpenAiReplies.error(429, "requests", null, "slow down")
                .withHeader("Retry-After", "Sat, 01 Mar 2025 12:00:30 GMT"));

        assertThat(failureOf(LlmException.RateLimited.class).retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void rate_limit_without_advice_leaves_the_wait_to_the_policy() {
        server.enqueue(OpenAiReplies.error(429, "requests", null, "slow down"));

        assertThat(failureOf(LlmException.RateLimited.class).retryAfter()).isEmpty();
    }

    @Test
    void exhausted_quota_is_fatal_because_waiting_does_not_help() {
        server.enqueue(OpenAiReplies.error(
                429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota"));

        assertThat(failureOf(LlmException.Fatal.class).getMessage()).contains("quota", "You exceeded");
    }

    @Test
    void retrying_client_waits_as_told_and_succeeds_on_the_second_attempt() throws LlmException {
        server.enqueue(
                OpenAiReplies.error(429, "requests", "rate_limit_exceeded", "Rate limit reached")
                        .withHeader("Retry-After", "7"),
                OpenAiReplies.text("second time lucky"));
        List<Duration> slept = new ArrayList<>();
        RetryingLlmClient retrying =
                new RetryingLlmClient(client, RetryPolicy.DEFAULT, slept::add, (failure, wait) -> {});

        ChatResponse response = retrying.chat(ask("hi"));

        assertThat(response.message().text()).isEqualTo("second time lucky");
        assertThat(slept).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void unauthorized_is_an_authentication_failure_without_the_key() {
        server.enqueue(OpenAiReplies.error(
                401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: " + KEY + "."));

        LlmException.AuthenticationFailed failure = failureOf(LlmException.AuthenticationFailed.class);

        assertThat(failure.getMessage()).contains("401", "Incorrect API key provided: ***");
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void forbidden_is_an_authentication_failure() {
        server.enqueue(OpenAiReplies.error(403, "permission_error", null, "Project does not have access"));

        failureOf(LlmException.AuthenticationFailed.class);
    }

    @Test
    void context_length_exceeded_is_a_context_overflow() {
        server.enqueue(OpenAiReplies.error(
                400,
                "invalid_request_error",
                "context_length_exceeded",
                "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens."));

        assertThat(failureOf(LlmException.ContextOverflow.class).getMessage()).contains("gpt-test", "8192");
    }

    @Test
    void llama_cpp_context_size_error_is_a_context_overflow() {
        server.enqueue(OpenAiReplies.raw(400, "application/json", """
                {"error": {"code": 400, "message": "the request exceeds the available context size, \
                try increasing it", "type": "exceed_context_size_error", "n_prompt_tokens": 5000, "n_ctx": 4096}}"""));

        failureOf(LlmException.ContextOverflow.class);
    }

    @Test
    void vllm_flat_error_about_maximum_context_length_is_a_context_overflow() {
        server.enqueue(OpenAiReplies.raw(400, "application/json", """
                {"object": "error", "message": "This model's maximum context length is 4096 tokens. However, you \
                requested 5000 tokens.", "type": "BadRequestError", "param": null, "code": 400}"""));

        failureOf(LlmException.ContextOverflow.class);
    }

    @Test
    void unknown_model_is_fatal_and_names_model_and_server() {
        server.enqueue(OpenAiReplies.error(
                404,
                "invalid_request_error",
                "model_not_found",
                "The model `gpt-test` does not exist or you do not have access to it."));

        LlmException.Fatal fatal = failureOf(LlmException.Fatal.class);

        assertThat(fatal.getMessage()).contains("unknown model 'gpt-test' at " + server.baseUrl(), "does not exist");
    }

    @Test
    void other_client_errors_are_fatal() {
        server.enqueue(OpenAiReplies.error(422, "invalid_request_error", null, "temperature out of range"));

        assertThat(failureOf(LlmException.Fatal.class).getMessage()).contains("422", "temperature out of range");
    }

    @Test
    void server_errors_are_transient() {
        server.enqueue(
                OpenAiReplies.error(500, "server_error", null, "The server had an error"),
                OpenAiReplies.raw(503, "text/html", "<html><body>Service Unavailable</body></html>"));

        assertThat(failureOf(LlmException.Transient.class).getMessage()).contains("500", "The server had an error");
        assertThat(failureOf(LlmException.Transient.class).getMessage()).contains("503", "Service Unavailable");
    }

    @Test
    void dropped_connection_is_transient() {
        server.enqueue(OpenAiReplies.dropConnection());

        failureOf(LlmException.Transient.class);
    }

    @Test
    void refused_connection_is_transient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OpenAiCompatibleClient nowhere = clientFor("http://127.0.0.1:" + closedPort + "/v1", Duration.ofSeconds(5));

        LlmException.Transient failure =
                catchThrowableOfType(LlmException.Transient.class, () -> nowhere.chat(ask("hi")));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("cannot connect", String.valueOf(closedPort));
    }

    @Test
    void reply_slower_than_the_timeout_is_transient() {
        server.enqueue(OpenAiReplies.text("too late").delayedBy(Duration.ofSeconds(3)));
        OpenAiCompatibleClient impatient = clientFor(server.baseUrl(), Duration.ofSeconds(1));

        long start = System.nanoTime();
        LlmException.Transient failure =
                catchThrowableOfType(LlmException.Transient.class, () -> impatient.chat(ask("hi")));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("within 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_success_status_with_a_non_json_body_is_fatal() {
        server.enqueue(OpenAiReplies.raw(200, "text/html", "<html><body>Welcome to the web UI</body></html>"));

        assertThat(failureOf(LlmException.Fatal.class).getMessage()).contains("not in its API's format", "/v1");
    }

    @Test
    void a_completion_without_choices_is_transient() {
        server.enqueue(OpenAiReplies.raw(
                200, "application/json", "{\"id\": \"x\", \"object\": \"chat.completion\", \"choices\": []}"));

        failureOf(LlmException.Transient.class);
    }
}
