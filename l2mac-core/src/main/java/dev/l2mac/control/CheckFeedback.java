package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.run.RunEvent;
import java.util.List;

/**
 * The control unit's reading of check reports: which count as passing (a check that could not run is not a
 * failure of the code; a timeout is never a pass), the run event for each, and the findings as text for the model.
 */
final class CheckFeedback {
    private CheckFeedback() {
    }

    static boolean passes(CheckReport report) {
        return switch (report) {
            case CheckReport.Passed ignored -> true;
            case CheckReport.Unavailable ignored -> true;
            case CheckReport.Failed ignored -> false;
            case CheckReport.TimedOut ignored -> false;
        };
    }

    static boolean allPass(List<CheckReport> reports) {
        return reports.stream().allMatch(CheckFeedback::passes);
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

    /** The failing reports as text for the model, cut at {@code maxChars} with a note of how much was left out. */
    static String render(List<CheckReport> reports, int maxChars) {
        StringBuilder text = new StringBuilder();
        for (CheckReport report : reports) {
            switch (report) {
                case CheckReport.Failed failed -> {
                    text.append("[").append(failed.checker()).append("] failed:\n");
                    for (Finding finding : failed.findings()) {
                        text.append("- ").append(finding.describe()).append('\n');
                        if (!finding.context().isBlank()) {
                            text.append(finding.context().stripTrailing().indent(4));
                        }
                    }
                }
                case CheckReport.TimedOut timedOut -> text.append("[").append(timedOut.checker())
                        .append("] timed out after ").append(timedOut.after().toSeconds())
                        .append(" s; a test or the code under test probably hangs (an infinite loop, a blocking "
                                + "call, a server that never stops). Output before the timeout:\n")
                        .append(timedOut.output().strip()).append('\n');
                case CheckReport.Passed ignored -> { }
                case CheckReport.Unavailable ignored -> { }
            }
        }
        if (text.length() <= maxChars) {
            return text.toString();
        }
        return text.substring(0, maxChars) + "\n[... " + (text.length() - maxChars) + " more characters of findings "
                + "cut; fix the ones above first ...]";
    }
}
