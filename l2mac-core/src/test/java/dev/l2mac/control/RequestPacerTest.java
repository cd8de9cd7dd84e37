package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.run.RunEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPacerTest {
    /** A clock that the fake sleeper moves forward, so waiting takes no real time. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final List<Duration> waits = new ArrayList<>();
    private final List<RunEvent> events = new ArrayList<>();

    private RequestPacer pacer(int requestsPerMinute, int tokensPerMinute) {
        return new RequestPacer(
                requestsPerMinute,
                tokensPerMinute,
                clock,
                wait -> {
                    waits.add(wait);
                    clock.now = clock.now.plus(wait);
                },
                events::add);
    }

    @Test
    void never_waits_without_bounds() {
        RequestPacer pacer = pacer(0, 0);
        for (int i = 0; i < 1_000; i++) {
            pacer.awaitRoomFor(100_000);
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void waits_for_the_oldest_request_to_leave_the_minute_when_requests_run_out() {
        RequestPacer pacer = pacer(2, 0);
        pacer.awaitRoomFor(1);
        clock.now = clock.now.plusSeconds(10);
        pacer.awaitRoomFor(1);
        pacer.awaitRoomFor(1);

        assertThat(waits).containsExactly(Duration.ofSeconds(50));
        assertThat(events).singleElement().isInstanceOf(RunEvent.Throttled.class);
    }

    @Test
    void waits_when_tokens_in_the_minute_would_exceed_the_bound() {
        RequestPacer pacer = pacer(0, 1_000);
        pacer.awaitRoomFor(600);
        pacer.awaitRoomFor(300);
        pacer.awaitRoomFor(300);

        assertThat(waits).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void lets_a_single_request_larger_than_the_bound_through_an_empty_minute() {
        pacer(0, 1_000).awaitRoomFor(5_000);

        assertThat(waits).isEmpty();
    }
}
