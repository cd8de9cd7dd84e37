package dev.l2mac.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * The one place that decides whether a failed request is tried again and after how long: rate limits (honouring
 * Retry-After) and transient failures are retried with exponential backoff up to {@code maxAttempts}; context
 * overflow, authentication and fatal failures never are.
 *
 * @param maxAttempts    attempts in all, including the first
 * @param initialBackoff wait before the second attempt; doubled for each further one
 * @param maxBackoff     the longest wait, also the cap on a provider's Retry-After
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoff cannot be negative");
        }
    }

    /** How long to wait before attempt {@code attempt + 1} after {@code failure}, or empty to give up. */
    public Optional<Duration> delayAfter(LlmException failure, int attempt) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        return switch (failure) {
            case LlmException.RateLimited limited ->
                Optional.of(cap(limited.retryAfter().orElse(backoff(attempt))));
            case LlmException.Transient ignored -> Optional.of(backoff(attempt));
            case LlmException.ContextOverflow ignored -> Optional.empty();
            case LlmException.AuthenticationFailed ignored -> Optional.empty();
            case LlmException.Fatal ignored -> Optional.empty();
        };
    }

    private Duration backoff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        return cap(initialBackoff.multipliedBy(factor));
    }

    private Duration cap(Duration wait) {
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
