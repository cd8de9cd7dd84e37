package dev.l2mac.control;

import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * While a reply is awaited, says every {@link #INTERVAL} how long it has been ({@link RunEvent.AwaitingReply}), so
 * that a person watching a slow or stalled model sees the machine waiting, not hanging. The reply itself is bounded
 * by the client's whole-reply deadline ({@code llm.timeout_seconds}).
 */
final class ReplyWait implements AutoCloseable {
    /** How often a waiting request is announced. */
    static final Duration INTERVAL = Duration.ofSeconds(15);

    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "l2mac-reply-wait");
        thread.setDaemon(true);
        return thread;
    });

    private final RunListener listener;
    private final long startNanos = System.nanoTime();
    private final ScheduledFuture<?> ticks;
    private boolean closed;

    private ReplyWait(RunListener listener, Duration interval) {
        this.listener = listener;
        long millis = interval.toMillis();
        this.ticks = TICKER.scheduleAtFixedRate(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Starts announcing the wait for one reply; close it when the reply (or its failure) is in. */
    static ReplyWait start(RunListener listener) {
        return start(listener, INTERVAL);
    }

    static ReplyWait start(RunListener listener, Duration interval) {
        return new ReplyWait(listener, interval);
    }

    private synchronized void tick() {
        if (!closed) {
            try {
                listener.on(new RunEvent.AwaitingReply(
                        Duration.ofNanos(System.nanoTime() - startNanos).toMillis()));
            } catch (RuntimeException ignored) {
                // A listener that fails must not stop the announcements of later waits; the run goes on.
            }
        }
    }

    /** No announcement of this wait comes after this returns. */
    @Override
    public synchronized void close() {
        closed = true;
        ticks.cancel(false);
    }
}
