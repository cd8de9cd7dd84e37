package dev.l2mac.llm.openai;

import static dev.l2mac.llm.openai.OpenAiCompatibleClientTest.KEY;
import static dev.l2mac.llm.openai.OpenAiCompatibleClientTest.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.StreamListener;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code llm.timeout_seconds} bounds the whole reply, not each read: a server that trickles cannot hold a run. */
class ReplyDeadlineTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final Duration PAUSE = Duration.ofMillis(100);
    private static final Duration AT_MOST = Duration.ofSeconds(5);

    private final LocalOpenAiServer server = LocalOpenAiServer.start();
    private final OpenAiCompatibleClient client =
            new OpenAiCompatibleClient(new OpenAiSettings(server.baseUrl(), KEY, OpenAiReplies.MODEL, LIMIT));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_reply_trickled_one_byte_at_a_time_ends_at_the_limit_as_a_retryable_failure() {
        server.enqueue(OpenAiReplies.text("slow ".repeat(20)).trickled(PAUSE));
        Instant start = Instant.now();

        LlmException.Transient failure =
                catchThrowableOfType(LlmException.Transient.class, () -> client.chat(ask("go")));

        assertThat(Duration.between(start, Instant.now())).isLessThan(AT_MOST);
        assertThat(failure.getMessage()).contains("no complete reply", "within 1 s", "bounds the whole reply");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void a_stream_kept_open_by_keep_alive_comments_ends_at_the_limit() {
        server.enqueue(OpenAiReplies.raw(200, "text/event-stream", ": keep-alive\n\n".repeat(100))
                .trickled(PAUSE));
        Instant start = Instant.now();

        LlmException.Transient failure =
                catchThrowableOfType(LlmException.Transient.class, () -> client.chat(ask("go"), StreamListener.NONE));

        assertThat(Duration.between(start, Instant.now())).isLessThan(AT_MOST);
        assertThat(failure.getMessage()).contains("no complete reply", "within 1 s");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void a_reply_in_time_leaves_no_alarm_behind() throws Exception {
        server.enqueue(OpenAiReplies.text("quick"), OpenAiReplies.text("again"));

        assertThat(client.chat(ask("go")).message().text()).isEqualTo("quick");
        Thread.sleep(LIMIT.plusMillis(500));

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(client.chat(ask("go")).message().text()).isEqualTo("again");
    }
}
