package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.run.RunEvent;
import java.util.List;

/**
 * The control unit's reading of check reports: whether they pass (a check that could not run is not a failure of
 * the code; a timeout is never a pass), the run event for each, and the findings as text for the model.
 */
final class CheckFeedback {
    private CheckFeedback() {
    }

    static boolean allPass(List<CheckReport> reports) {
        return Checks.allPassed(reports);
    }

    static RunEvent.CheckReported event(CheckReport report) {
        return switch (report) {
            case CheckReport.Passed passed -> new RunEvent.CheckReported(passed.checker(), "passed", passed.summary());
            case CheckReport.Failed failed -> new RunEvent.CheckReported(failed.checker(), "failed",
                    failed.findings().size() + " finding(s); first: " + failed.findings().getFirst().describe());
            case CheckReport.TimedOut timedOut -> new RunEvent.CheckReported(timedOut.checker(), "timed-out",
                    "no result within " + timedOut.after().toSeconds() + " s");
            case CheckReport.Unavailable unavailable -> new RunEvent.CheckReported(unavailable.checker(),
                    "unavailable", unavailable.reason());
        };
    }

    /** The failing reports as text for the model, never longer than {@code maxChars}. */
    static String render(List<CheckReport> reports, int maxChars) {
        return Checks.render(reports, maxChars);
    }
}
