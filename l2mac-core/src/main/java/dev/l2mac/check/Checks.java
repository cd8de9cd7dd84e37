package dev.l2mac.check;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks run when an instruction says it is complete: every checker that applies to the workspace's files, in
 * order, each reporting separately so the model sees syntax errors and failing tests in one round. A checker's
 * previous report is reused while none of the files it depends on changed in content since it was made.
 */
public final class Checks {

    private final List<Checker> checkers;
    private final Map<Checker, Reusable> previous = new HashMap<>();

    /** A report and the fingerprint of the files it was made from. */
    private record Reusable(String fingerprint, CheckReport report) {
    }

    public Checks(List<Checker> checkers) {
        this.checkers = List.copyOf(checkers);
    }

    /**
     * The checkers {@code plan} asks for, each running only when the workspace has files it checks: Python
     * (syntax in-process, pylint errors when pylint is installed, pytest), Java (compilation in-process, JUnit 5
     * tests through {@code junit}'s launcher), JavaScript (syntax in-process, {@code node --test}), TypeScript
     * (syntax in-process), then the user's command checks. Generated code runs through {@code runner}.
     */
    public static Checks forWorkspace(ProcessRunner runner, CheckPlan plan, JUnitLauncherJar junit) {
        return new Checks(CheckerCatalog.checkers(runner, plan, junit, TreeSitterSyntaxChecker.loads()));
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
    public synchronized List<CheckReport> run(Path workspace, Collection<String> files, Set<String> changed) {
        List<CheckReport> reports = new ArrayList<>();
        Map<String, String> digests = new HashMap<>();
        for (Checker checker : checkers) {
            if (!checker.appliesTo(files)) {
                continue;
            }
            try {
                String fingerprint = fingerprint(workspace, files, checker, digests);
                Reusable known = previous.get(checker);
                if (known != null && known.fingerprint().equals(fingerprint)) {
                    reports.add(known.report());
                    continue;
                }
                CheckReport report = checker.check(workspace, changed);
                reports.add(report);
                remember(checker, fingerprint, report);
            } catch (UncheckedIOException e) {
                reports.add(new CheckReport.Unavailable(checker.name(),
                        "the check could not read or write files: " + e.getMessage()));
            }
        }
        return List.copyOf(reports);
    }

    /** A report that could not run is not reused: whatever stopped it (a missing tool) may be fixed by now. */
    private void remember(Checker checker, String fingerprint, CheckReport report) {
        switch (report) {
            case CheckReport.Unavailable unavailable -> previous.remove(checker);
            case CheckReport.Passed passed -> previous.put(checker, new Reusable(fingerprint, report));
            case CheckReport.Failed failed -> previous.put(checker, new Reusable(fingerprint, report));
            case CheckReport.TimedOut timedOut -> previous.put(checker, new Reusable(fingerprint, report));
        }
    }

    /** One digest over the contents of the files {@code checker} depends on, each file read once per run. */
    private static String fingerprint(Path workspace, Collection<String> files, Checker checker,
                                      Map<String, String> digests) {
        StringBuilder joined = new StringBuilder();
        for (String file : files) {
            if (checker.dependsOn(file)) {
                String digest = digests.computeIfAbsent(file, name -> Fingerprints.ofFiles(workspace, List.of(name)));
                joined.append(file).append('\0').append(digest).append('\n');
            }
        }
        return Fingerprints.of(joined.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
