package dev.l2mac.resume;

import dev.l2mac.check.CheckReport;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checks with their reports recorded in full before the control unit acts on them; in a resumed run, checks
 * already recorded are not run again (the workspace has moved on since) but served from the recording.
 */
public final class RecordedChecks {
    private final Supplier<List<CheckReport>> checks;
    private final Journal journal;
    private final RunListener listener;

    /** Checks that run {@code checks} when the journal holds no reports for them, recording to {@code listener}. */
    public RecordedChecks(Supplier<List<CheckReport>> checks, Journal journal, RunListener listener) {
        this.checks = checks;
        this.journal = journal;
        this.listener = listener;
    }

    /** The reports of this run of the checks, recorded before they are returned. */
    public List<CheckReport> run() {
        List<CheckReport> reports;
        if (journal.next().orElse(null) instanceof RunEvent.ChecksRecorded recorded) {
            reports = CheckReportCodec.decode(recorded.reports());
        } else if (journal.replaying()) {
            throw journal.divergence("running the checks");
        } else {
            reports = checks.get();
        }
        listener.on(new RunEvent.ChecksRecorded(CheckReportCodec.encode(reports)));
        return reports;
    }
}
