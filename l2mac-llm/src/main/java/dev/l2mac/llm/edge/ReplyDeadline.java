package dev.l2mac.llm.edge;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The wall-clock limit on one reply, headers, body and stream alike: the JDK's request timeout stops at the
 * headers, so a server that sends a byte now and then (or keep-alive comments) could otherwise hold a request for
 * ever. When the limit passes, the thread reading the reply is interrupted, which aborts its blocked read; closing
 * the deadline clears that interrupt, so it never leaks to the caller.
 */
final class ReplyDeadline implements AutoCloseable {
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "l2mac-reply-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration limit;
    private final Thread reader = Thread.currentThread();
    private final ScheduledFuture<?> alarm;
    private boolean expired;
    private boolean closed;

    /** Starts the clock for a reply read on the calling thread. */
    ReplyDeadline(Duration limit) {
        this.limit = limit;
        this.alarm = ALARMS.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void expire() {
        if (!closed) {
            expired = true;
            reader.interrupt();
        }
    }

    synchronized boolean expired() {
        return expired;
    }

    /** What the read failed with once the limit passed. */
    HttpTimeoutException timedOut() {
        return new HttpTimeoutException("no complete reply within " + limit.toSeconds() + " s");
    }

    @Override
    public synchronized void close() {
        closed = true;
        alarm.cancel(false);
        if (expired) {
            Thread.interrupted();
        }
    }
}
