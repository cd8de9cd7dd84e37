package dev.l2mac.control;

import dev.l2mac.llm.Sleeper;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps requests within {@code limits.requests-per-minute} and {@code limits.tokens-per-minute} over any sliding
 * minute, waiting before a request that would exceed either; a bound of 0 is no bound.
 */
final class RequestPacer {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private record Sent(Instant at, long tokens) {}

    private final int requestsPerMinute;
    private final int tokensPerMinute;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RunListener listener;
    private final Deque<Sent> sent = new ArrayDeque<>();

    RequestPacer(int requestsPerMinute, int tokensPerMinute, Clock clock, Sleeper sleeper, RunListener listener) {
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    /** Waits until a request of {@code tokens} fits the limits, then counts it as sent. */
    void awaitRoomFor(long tokens) {
        while (true) {
            Instant now = clock.instant();
            forgetBefore(now.minus(WINDOW));
            Duration wait = waitNeeded(now, tokens);
            if (wait.isZero()) {
                sent.addLast(new Sent(now, tokens));
                return;
            }
            listener.on(new RunEvent.Throttled(
                    wait.toMillis(),
                    "keeping within limits.requests-per-minute=" + requestsPerMinute + " and limits.tokens-per-minute="
                            + tokensPerMinute));
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the rate limit", e);
            }
        }
    }

    private Duration waitNeeded(Instant now, long tokens) {
        boolean tooManyRequests = requestsPerMinute > 0 && sent.size() + 1 > requestsPerMinute;
        long tokensInWindow = sent.stream().mapToLong(Sent::tokens).sum();
        boolean tooManyTokens = tokensPerMinute > 0 && !sent.isEmpty() && tokensInWindow + tokens > tokensPerMinute;
        if (!tooManyRequests && !tooManyTokens) {
            return Duration.ZERO;
        }
        Duration untilOldestLeaves = Duration.between(now, sent.peekFirst().at().plus(WINDOW));
        return untilOldestLeaves.isNegative() || untilOldestLeaves.isZero() ? Duration.ofMillis(1) : untilOldestLeaves;
    }

    private void forgetBefore(Instant start) {
        while (!sent.isEmpty() && !sent.peekFirst().at().isAfter(start)) {
            sent.removeFirst();
        }
    }
}
