package dev.l2mac.control;

import dev.l2mac.check.Baseline;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Checks;
import dev.l2mac.check.Finding;
import dev.l2mac.check.ReportRenderer;
import dev.l2mac.history.HistoryException;
import dev.l2mac.history.StartingPoint;
import dev.l2mac.process.Directories;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides whether a finding is the run's: on an existing repository, a finding that the same
 * checker also reports on the files as the run found them was there before and never blocks an instruction. Those
 * files are a copy of the run's starting commit, made the first time a check fails; a suite of checkers of its own
 * checks the copy within the same scope (a test suite once, since the copy never changes). Findings are matched by
 * file and message, or by a test's id, counted, so that a second error like an old one is still new; line numbers
 * are left out, since an edit above an old error moves it. A check that times out on the copy too was stuck before
 * the run began: its timeout passes unjudged, since the model can do nothing about it. When git cannot read the
 * starting commit, the baseline is lost for the rest of the run: the checks judge everything, as on a new
 * workspace, and the user is told once ({@link RunEvent.HistoryWarning}); the model never is.
 */
final class CheckBaseline implements Baseline {

    private final StartingPoint start;
    private final Checks before;
    private final Optional<CheckReport> nestedAtStart;
    private final RunListener listener;
    private Optional<Path> copy = Optional.empty();
    private boolean lost;

    /**
     * The baseline of a run that began at {@code start}, checked by {@code before}, a suite of the same checkers
     * that the workspace's checks never use. The repositories nested in the workspace when the run began (a
     * commit's copy holds none) were found there before. {@code listener} hears when the baseline is lost.
     */
    CheckBaseline(StartingPoint start, Checks before, RunListener listener) {
        this.start = start;
        this.before = before;
        this.nestedAtStart = Checks.nestedRepositories(start.users().gitEntries());
        this.listener = listener;
    }

    /** What the user is told when git cannot read where the run began, {@code failure} says why. */
    static RunEvent.HistoryWarning lost(HistoryException failure) {
        return new RunEvent.HistoryWarning(failure.getMessage() + ", so for the rest of this run they judge every"
                + " file and every problem, as in a new workspace");
    }

    @Override
    public synchronized Optional<CheckScope.Only> scope() {
        if (lost) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CheckScope.Only(start.changedFiles()));
        } catch (HistoryException e) {
            lose(e);
            return Optional.empty();
        }
    }

    /**
     * {@code reports} with every finding that was there at the start left out (a report left empty passes), and
     * every timeout that was there at the start passed, unjudged.
     */
    @Override
    public synchronized List<CheckReport> judge(List<CheckReport> reports, CheckScope.Only scope) {
        if (lost || reports.stream().noneMatch(CheckBaseline::fails)) {
            return reports;
        }
        Before before;
        try {
            before = before(scope);
        } catch (HistoryException e) {
            lose(e);
            return reports;
        }
        return reports.stream()
                .map(report -> switch (report) {
                    case CheckReport.Failed failed ->
                        withoutOld(failed, before.findings().getOrDefault(failed.checker(), List.of()));
                    case CheckReport.TimedOut timedOut
                    when before.timedOut().contains(timedOut.checker()) ->
                        new CheckReport.Passed(timedOut.checker(), ReportRenderer.timedOutBefore(timedOut.after()));
                    case CheckReport.TimedOut timedOut -> report;
                    case CheckReport.Passed passed -> report;
                    case CheckReport.Unavailable unavailable -> report;
                })
                .toList();
    }

    private static boolean fails(CheckReport report) {
        return report instanceof CheckReport.Failed || report instanceof CheckReport.TimedOut;
    }

    /** Stops the baseline's checkers and removes the copy. */
    synchronized void release() {
        before.release();
        removeCopy();
    }

    /** From now on there is nothing to judge against; said once. */
    private void lose(HistoryException failure) {
        lost = true;
        removeCopy();
        listener.on(lost(failure));
    }

    private void removeCopy() {
        copy.ifPresent(Directories::deleteTree);
        copy = Optional.empty();
    }

    private static CheckReport withoutOld(CheckReport.Failed failed, List<Finding> old) {
        Map<String, Integer> left = new HashMap<>();
        old.forEach(finding -> left.merge(key(finding), 1, Integer::sum));
        List<Finding> fresh = new ArrayList<>();
        int leftOut = 0;
        for (Finding finding : failed.findings()) {
            if (left.getOrDefault(key(finding), 0) > 0) {
                left.merge(key(finding), -1, Integer::sum);
                leftOut++;
            } else {
                fresh.add(finding);
            }
        }
        if (leftOut == 0) {
            return failed;
        }
        return fresh.isEmpty()
                ? new CheckReport.Passed(failed.checker(), ReportRenderer.leftOut(leftOut), failed.notes())
                : new CheckReport.Failed(failed.checker(), fresh, failed.notes(), leftOut);
    }

    /** What makes two findings the same one: where, and what (a test by its id), but not the line. */
    private static String key(Finding finding) {
        return finding.file() + '\0' + (finding.subject().isEmpty() ? finding.message() : finding.subject());
    }

    /** What the checks found on the files as the run found them: each checker's findings, and which timed out. */
    private record Before(Map<String, List<Finding>> findings, Set<String> timedOut) {}

    /** What each checker reports on the starting point's files within {@code scope}. */
    private Before before(CheckScope.Only scope) {
        Before found = new Before(new HashMap<>(), new HashSet<>());
        List<CheckReport> reports = new ArrayList<>(before.run(copyOf(), scope));
        nestedAtStart.ifPresent(reports::add);
        for (CheckReport report : reports) {
            switch (report) {
                case CheckReport.Failed failed ->
                    found.findings()
                            .computeIfAbsent(failed.checker(), checker -> new ArrayList<>())
                            .addAll(failed.findings());
                case CheckReport.TimedOut timedOut -> found.timedOut().add(timedOut.checker());
                case CheckReport.Passed passed -> {}
                case CheckReport.Unavailable unavailable -> {}
            }
        }
        return found;
    }

    private Path copyOf() {
        if (copy.isEmpty()) {
            try {
                Path made = Directories.createTemporary("check-baseline");
                copy = Optional.of(made);
                start.copyTo(made);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the workspace as the run found it: " + e.getMessage(), e);
            }
        }
        return copy.get();
    }
}
