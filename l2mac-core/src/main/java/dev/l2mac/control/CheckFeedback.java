package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.check.Finding;
import dev.l2mac.check.ReportRenderer;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The control unit's reading of check reports: whether they pass (a check that could not run is not a failure of
 * the code; a timeout is never a pass), the run event for each, and the findings as text for the model.
 */
final class CheckFeedback {
    private CheckFeedback() {}

    static boolean allPass(List<CheckReport> reports) {
        return Checks.allPassed(reports);
    }

    static RunEvent.CheckReported event(CheckReport report) {
        return switch (report) {
            case CheckReport.Passed passed ->
                new RunEvent.CheckReported(
                        passed.checker(), CheckOutcome.PASSED, passed.summary() + notes(passed.notes()));
            case CheckReport.Failed failed ->
                new RunEvent.CheckReported(
                        failed.checker(),
                        CheckOutcome.FAILED,
                        failed.findings().size() + " finding(s); first: "
                                + failed.findings().getFirst().describe()
                                + (failed.leftOut() == 0 ? "" : "; " + ReportRenderer.leftOut(failed.leftOut()))
                                + notes(failed.notes()));
            case CheckReport.TimedOut timedOut ->
                new RunEvent.CheckReported(
                        timedOut.checker(),
                        CheckOutcome.TIMED_OUT,
                        "no result within " + timedOut.after().toSeconds() + " s");
            case CheckReport.Unavailable unavailable ->
                new RunEvent.CheckReported(unavailable.checker(), CheckOutcome.UNAVAILABLE, unavailable.reason());
        };
    }

    /** The environment's notes after a report's details, so that the user sees what the machine lacks. */
    private static String notes(List<Finding> notes) {
        return notes.isEmpty()
                ? ""
                : "; environment: " + notes.stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    /** The failing reports as text for the model, never longer than {@code maxChars}. */
    static String render(List<CheckReport> reports, int maxChars) {
        return Checks.render(reports, maxChars);
    }
}
