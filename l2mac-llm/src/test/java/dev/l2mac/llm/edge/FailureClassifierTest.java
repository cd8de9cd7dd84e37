package dev.l2mac.llm.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.LlmException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {
    private static final String KEY = "sk-secret-123456";
    private final FailureClassifier classifier = new FailureClassifier(
            new Endpoint(
                    "Anthropic",
                    "https://api.anthropic.com",
                    "claude-x",
                    KEY,
                    Duration.ofSeconds(30),
                    "check llm.model"),
            Clock.systemUTC());

    @Test
    void a_provider_library_that_chokes_on_a_reply_is_a_retryable_malformed_reply_not_the_end_of_the_run() {
        LlmException failure = classifier.classify(new NullPointerException(
                "Cannot invoke \"String.length()\" because \"name\" is null (key " + KEY + ")"));

        assertThat(failure).isInstanceOf(LlmException.Transient.class);
        assertThat(failure.getMessage())
                .contains("Anthropic", "cannot be read", "NullPointerException", "another attempt")
                .doesNotContain(KEY);
    }

    @Test
    void a_reply_that_is_not_the_apis_json_at_all_stays_a_setting_to_fix() {
        LlmException failure = classifier.classify(new RuntimeException(
                new com.fasterxml.jackson.core.JsonParseException(null, "Unexpected character '<'")));

        assertThat(failure).isInstanceOf(LlmException.Fatal.class);
        assertThat(failure.getMessage()).contains("not in its API's format", "check llm.model");
    }
}
