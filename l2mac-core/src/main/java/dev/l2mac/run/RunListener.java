package dev.l2mac.run;

import java.util.List;

/** Receives the events of a run, in order; the event log and the progress display are listeners. */
@FunctionalInterface
public interface RunListener {
    RunListener NONE = event -> {};

    void on(RunEvent event);

    /** Delivers each event to every listener, in the order given (put the event log first: append, then act). */
    static RunListener all(List<RunListener> listeners) {
        List<RunListener> copy = List.copyOf(listeners);
        return event -> copy.forEach(listener -> listener.on(event));
    }
}
