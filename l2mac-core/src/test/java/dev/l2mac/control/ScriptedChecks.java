package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Output checks that answer from a script, one list of reports per run; once the script is used up every run finds
 * nothing to check. Counts how often the checks ran.
 */
final class ScriptedChecks implements OutputChecks {
    private final Deque<List<CheckReport>> script = new ArrayDeque<>();
    private int runs;
    private int releases;

    ScriptedChecks then(CheckReport... reports) {
        script.addLast(List.of(reports));
        return this;
    }

    @Override
    public List<CheckReport> run() {
        runs++;
        List<CheckReport> next = script.pollFirst();
        return next == null ? List.of() : next;
    }

    int runs() {
        return runs;
    }

    @Override
    public void release() {
        releases++;
    }

    int releases() {
        return releases;
    }

    static CheckReport passed() {
        return new CheckReport.Passed("pytest", "3 tests passed");
    }

    static CheckReport failed(String message) {
        return new CheckReport.Failed(
                "pytest", List.of(new Finding("tests/test_greet.py", 4, 0, Finding.Severity.ERROR, message, "")));
    }

    static CheckReport timedOut() {
        return new CheckReport.TimedOut("pytest", Duration.ofSeconds(120), "collected 3 items\ntests/test_greet.py .");
    }

    static CheckReport unavailable() {
        return new CheckReport.Unavailable("pylint", "pylint is not installed");
    }
}
