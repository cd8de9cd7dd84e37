package dev.l2mac.control;

import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * The events of a run, each with the milliseconds since the timeline began, for figures that come from the events
 * and for a benchmark's record of where a run's time went. Keeps the events it is given; a context's messages are
 * left out, so that keeping them does not swell the heap being measured.
 */
final class RunTimeline implements RunListener {

    /** One event and when it came. */
    record Entry(long millis, RunEvent event) {}

    private final long started = System.nanoTime();
    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void on(RunEvent event) {
        if (!(event instanceof RunEvent.ContextWindow)) {
            entries.add(new Entry((System.nanoTime() - started) / 1_000_000, event));
        }
    }

    /** The events of {@code type}, in order. */
    synchronized <T extends RunEvent> List<T> events(Class<T> type) {
        return entries.stream()
                .map(Entry::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** When the first event that {@code matches} came; empty when none did. */
    synchronized OptionalLong first(Predicate<RunEvent> matches) {
        return entries.stream()
                .filter(entry -> matches.test(entry.event()))
                .mapToLong(Entry::millis)
                .findFirst();
    }

    /** One line an event, its time first; long events are cut. */
    synchronized String text() {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            String event = entry.event().toString();
            text.append(String.format(Locale.ROOT, "%,8d ms  ", entry.millis()))
                    .append(event.length() > 200 ? event.substring(0, 200) + "…" : event)
                    .append('\n');
        }
        return text.toString();
    }
}
