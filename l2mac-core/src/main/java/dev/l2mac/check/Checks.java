package dev.l2mac.check;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The checks run when an instruction says it is complete: every checker that applies to the workspace's files, in
 * order, each reporting separately so the model sees syntax errors and failing tests in one round.
 */
public final class Checks {

    private final List<Checker> checkers;

    public Checks(List<Checker> checkers) {
        this.checkers = List.copyOf(checkers);
    }

    /** Python syntax, then pytest, each bounded by {@code timeout} and {@code maxOutputChars}. */
    public static Checks python(ProcessRunner runner, Duration timeout, int maxOutputChars) {
        return new Checks(List.of(
                new PythonSyntaxChecker(runner, timeout, maxOutputChars),
                new PytestChecker(runner, timeout, maxOutputChars)));
    }

    public List<Checker> checkers() {
        return checkers;
    }

    /** Runs the checkers that apply to the files found in {@code workspace}. */
    public List<CheckReport> run(Path workspace, Set<String> changed) {
        List<String> files;
        try {
            files = WorkspaceFiles.list(workspace);
        } catch (UncheckedIOException e) {
            return checkers.stream()
                    .map(checker -> (CheckReport) new CheckReport.Unavailable(checker.name(), e.getMessage()))
                    .toList();
        }
        return run(workspace, files, changed);
    }

    /**
     * Runs the checkers that apply to {@code files} (the workspace's relative paths). An I/O failure inside a
     * checker is reported as that checker being unavailable, so one broken check does not stop the others.
     */
    public List<CheckReport> run(Path workspace, Collection<String> files, Set<String> changed) {
        List<CheckReport> reports = new ArrayList<>();
        for (Checker checker : checkers) {
            if (!checker.appliesTo(files)) {
                continue;
            }
            try {
                reports.add(checker.check(workspace, changed));
            } catch (UncheckedIOException e) {
                reports.add(new CheckReport.Unavailable(checker.name(),
                        "the check could not read or write files: " + e.getMessage()));
            }
        }
        return List.copyOf(reports);
    }

    /** True unless some report failed or timed out; a check that could not run is not a failure of the code. */
    public static boolean allPassed(List<CheckReport> reports) {
        return reports.stream().allMatch(Checks::passed);
    }

    private static boolean passed(CheckReport report) {
        return switch (report) {
            case CheckReport.Passed passed -> true;
            case CheckReport.Unavailable unavailable -> true;
            case CheckReport.Failed failed -> false;
            case CheckReport.TimedOut timedOut -> false;
        };
    }

    /** The reports as text for the model, at most {@code maxChars} long; see {@link ReportRenderer}. */
    public static String render(List<CheckReport> reports, int maxChars) {
        return ReportRenderer.render(reports, maxChars);
    }
}
