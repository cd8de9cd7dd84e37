package dev.l2mac.control;

import dev.l2mac.history.CommitProbe;
import java.util.ArrayList;
import java.util.List;

/**
 * The moments of the crash scenario between its events, numbered from 1 in the order a run passes them: before and
 * after each file write or delete of a tool, at each check, and at each moment of each commit. The scenario is
 * deterministic, so a number names the same moment in every run; the kill harness stops a child there.
 */
class WorkPoints implements CommitProbe {
    /** Passes every point without doing anything, and keeps no record. */
    static final WorkPoints NONE = new WorkPoints() {
        @Override
        void reached(String where) {}
    };

    private final List<String> passed = new ArrayList<>();

    /** Called when the run passes the point {@code number}, described by {@code where}. */
    void reached(int number, String where) {}

    void reached(String where) {
        passed.add(where);
        reached(passed.size(), where);
    }

    @Override
    public final void at(Moment moment) {
        reached("commit " + moment.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** The points passed so far, in order. */
    List<String> passed() {
        return List.copyOf(passed);
    }
}
