package dev.l2mac.llm.edge;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a server's advice on when to try again: {@code retry-after-ms} (OpenAI's own, in milliseconds) when present,
 * else {@code Retry-After} as delay-seconds or as an HTTP-date (RFC 9110, section 10.2.3). Unreadable advice is
 * ignored, leaving the retry policy's own backoff in charge.
 */
final class RetryAfter {
    private RetryAfter() {}

    static Optional<Duration> from(HttpFailure failure, Instant now) {
        Optional<Duration> millis = failure.header("retry-after-ms").flatMap(RetryAfter::millis);
        return millis.isPresent() ? millis : failure.header("retry-after").flatMap(value -> parse(value, now));
    }

    static Optional<Duration> parse(String value, Instant now) {
        String trimmed = value.strip();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            return httpDate(trimmed, now);
        }
    }

    private static Optional<Duration> httpDate(String value, Instant now) {
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> millis(String value) {
        try {
            double ms = Double.parseDouble(value.strip());
            return ms < 0 || Double.isNaN(ms) || Double.isInfinite(ms)
                    ? Optional.empty()
                    : Optional.of(Duration.ofMillis((long) Math.ceil(ms)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
