package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.util.List;

/**
 * The checks with their reports recorded in full before the control unit acts on them; in a resumed run, checks
 * already recorded are not run again (the workspace has moved on since) but served from the recording.
 */
final class RecordedChecks implements OutputChecks {
    private final OutputChecks checks;
    private final Journal journal;
    private final RunListener listener;

    RecordedChecks(OutputChecks checks, Journal journal, RunListener listener) {
        this.checks = checks;
        this.journal = journal;
        this.listener = listener;
    }

    @Override
    public List<CheckReport> run() {
        List<CheckReport> reports;
        if (journal.next().orElse(null) instanceof RunEvent.ChecksRecorded recorded) {
            reports = CheckReportCodec.decode(recorded.reports());
        } else if (journal.replaying()) {
            throw journal.divergence("running the checks");
        } else {
            reports = checks.run();
        }
        listener.on(new RunEvent.ChecksRecorded(CheckReportCodec.encode(reports)));
        return reports;
    }
}
