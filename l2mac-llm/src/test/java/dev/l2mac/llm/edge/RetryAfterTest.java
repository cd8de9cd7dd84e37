package dev.l2mac.llm.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private static HttpFailure tooManyRequests(Map<String, List<String>> headers) {
        return new HttpFailure(429, headers, "{}");
    }

    @Test
    void reads_delay_seconds() {
        assertThat(RetryAfter.parse(" 7 ", NOW)).contains(Duration.ofSeconds(7));
    }

    @Test
    void reads_an_http_date_relative_to_now() {
        assertThat(RetryAfter.parse("Sat, 01 Mar 2025 12:01:00 GMT", NOW)).contains(Duration.ofMinutes(1));
    }

    @Test
    void a_date_in_the_past_means_no_wait() {
        assertThat(RetryAfter.parse("Sat, 01 Mar 2025 11:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void ignores_unreadable_or_negative_advice() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-3", NOW)).isEmpty();
    }

    @Test
    void prefers_openai_milliseconds_header_and_matches_names_case_insensitively() {
        HttpFailure failure = tooManyRequests(Map.of("Retry-After", List.of("2"), "Retry-After-Ms", List.of("1500.5")));

        assertThat(RetryAfter.from(failure, NOW)).contains(Duration.ofMillis(1501));
    }

    @Test
    void falls_back_to_retry_after_when_milliseconds_are_unreadable() {
        HttpFailure failure = tooManyRequests(Map.of("retry-after", List.of("3"), "retry-after-ms", List.of("x")));

        assertThat(RetryAfter.from(failure, NOW)).contains(Duration.ofSeconds(3));
    }

    @Test
    void is_empty_without_headers() {
        assertThat(RetryAfter.from(tooManyRequests(Map.of()), NOW)).isEmpty();
    }
}
