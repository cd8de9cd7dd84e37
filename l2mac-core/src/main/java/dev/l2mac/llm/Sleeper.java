package dev.l2mac.llm;

import java.time.Duration;

/** Waiting, behind an interface so that tests of retries do not wait. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
