package dev.l2mac.check;

import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.deps.Installation;
import dev.l2mac.memory.Fingerprints;
import dev.l2mac.memory.NestedRepositories;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The checks run when an instruction says it is complete: every checker that applies to the workspace's files, in
 * order, each reporting separately so the model sees syntax errors and failing tests in one round. A checker's
 * previous report is reused while none of the files it depends on changed in content since it was made. A
 * repository nested in the workspace is always a failure ({@value #NESTED_REPOSITORIES}).
 */
public final class Checks {

    /** The report on repositories nested in the workspace, present only when there is one. */
    public static final String NESTED_REPOSITORIES = "nested-repositories";

    private final List<Checker> checkers;
    private final Optional<DependencyInstaller> installer;
    private final Map<Checker, Reusable> previous = new HashMap<>();
    private final FileDigests digests = new FileDigests();

    private Optional<Baseline> baseline = Optional.empty();

    /** A report and the fingerprint of the files it was made from. */
    private record Reusable(String fingerprint, CheckReport report) {}

    public Checks(List<Checker> checkers) {
        this(checkers, Optional.empty());
    }

    private Checks(List<Checker> checkers, Optional<DependencyInstaller> installer) {
        this.checkers = List.copyOf(checkers);
        this.installer = installer;
    }

    /**
     * These checks, each run preceded by {@code installer} bringing the workspace's dependencies up to date with its
     * manifests (a no-op while they are unchanged); what it did or why it failed comes first among the reports, as
     * the check {@value InstallationReports#NAME}, and a fresh installation invalidates every reusable report.
     */
    public Checks installingWith(DependencyInstaller installer) {
        return new Checks(checkers, Optional.of(installer));
    }

    /**
     * Stops what the checkers keep running between checks ({@link Checker#release()}); they start it again on
     * demand.
     */
    public void release() {
        checkers.forEach(Checker::release);
    }

    public List<Checker> checkers() {
        return checkers;
    }

    /**
     * Judges every later {@link #run(Path, Set)} against {@code judged}: the run works on an existing repository, so
     * its checks look only within the files it changed and leave out what was there before it began.
     */
    public synchronized void judgeAgainst(Baseline judged) {
        baseline = Optional.of(judged);
    }

    /**
     * Runs the checkers that apply to the files found in {@code workspace}; once a {@link Baseline} judges these
     * checks, within its scope and judged by it.
     */
    public List<CheckReport> run(Path workspace, Set<String> changed) {
        Optional<Baseline> judged;
        synchronized (this) {
            judged = baseline;
        }
        Optional<CheckScope.Only> scope = judged.flatMap(Baseline::scope);
        if (scope.isEmpty()) {
            return run(workspace, changed, CheckScope.EVERYTHING);
        }
        return judged.get().judge(run(workspace, Set.of(), scope.get()), scope.get());
    }

    /** Runs the checkers that apply to the files found in {@code workspace}, each within {@code scope}. */
    public List<CheckReport> run(Path workspace, CheckScope scope) {
        return run(workspace, Set.of(), scope);
    }

    private List<CheckReport> run(Path workspace, Set<String> changed, CheckScope scope) {
        List<String> files;
        try {
            files = WorkspaceFiles.list(workspace);
        } catch (UncheckedIOException e) {
            return checkers.stream()
                    .map(checker -> (CheckReport) new CheckReport.Unavailable(
                            checker.name(), Objects.requireNonNullElse(e.getMessage(), e.toString())))
                    .toList();
        }
        return run(workspace, files, changed, scope);
    }

    /**
     * Runs the checkers that apply to {@code files} (the workspace's relative paths). An I/O failure inside a
     * checker is reported as that checker being unavailable, so one broken check does not stop the others.
     */
    public List<CheckReport> run(Path workspace, Collection<String> files, Set<String> changed) {
        return run(workspace, files, changed, CheckScope.EVERYTHING);
    }

    private synchronized List<CheckReport> run(
            Path workspace, Collection<String> files, Set<String> changed, CheckScope scope) {
        List<CheckReport> installed = installDependencies(workspace);
        digests.nextCheck();
        List<Checker> applicable =
                checkers.stream().filter(checker -> checker.appliesTo(files)).toList();
        List<String> fingerprints = new ArrayList<>();
        List<CheckReport> reports = new ArrayList<>();
        for (Checker checker : applicable) {
            String fingerprint;
            try {
                fingerprint = fingerprint(workspace, files, checker) + scopeMark(checker, scope);
            } catch (UncheckedIOException e) {
                fingerprint = "";
            }
            fingerprints.add(fingerprint);
            Reusable known = previous.get(checker);
            reports.add(known != null && known.fingerprint().equals(fingerprint) ? known.report() : null);
        }
        runConcurrently(applicable, reports, workspace, changed, scope);
        for (int i = 0; i < applicable.size(); i++) {
            if (!fingerprints.get(i).isEmpty()) {
                remember(applicable.get(i), fingerprints.get(i), reports.get(i));
            }
        }
        reports.addAll(0, installed);
        nestedRepositories(workspace).ifPresent(reports::add);
        return List.copyOf(reports);
    }

    /**
     * A failure for every {@code .git} below the root that generated code left, looked for after the checks, which
     * run generated code too; never reused, so it clears as soon as the entry is gone.
     */
    public static Optional<CheckReport> nestedRepositories(Path workspace) {
        return nestedRepositories(NestedRepositories.find(workspace));
    }

    /** The failure for the nested {@code .git} entries {@code gitEntries}, present only when there is one. */
    public static Optional<CheckReport> nestedRepositories(List<String> gitEntries) {
        List<Finding> findings = gitEntries.stream()
                .map(git -> new Finding(git, 0, 0, Finding.Severity.ERROR, NestedRepositories.describe(git), ""))
                .toList();
        return findings.isEmpty()
                ? Optional.empty()
                : Optional.of(new CheckReport.Failed(NESTED_REPOSITORIES, findings, List.of()));
    }

    /** Installs what changed, when this suite installs at all; the reports worth telling, in ecosystem order. */
    private List<CheckReport> installDependencies(Path workspace) {
        if (installer.isEmpty()) {
            return List.of();
        }
        List<Installation> installations = installer.get().install(workspace);
        if (installations.stream().anyMatch(Installation.Installed.class::isInstance)) {
            previous.clear();
            checkers.forEach(Checker::forget);
        }
        return installations.stream()
                .map(InstallationReports::of)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Runs the checkers whose report is still missing ({@code null}) at once, each on a thread of its own, since
     * most of a check is waiting for a process; fills in their reports in the checkers' order.
     */
    private static void runConcurrently(
            List<Checker> checkers, List<CheckReport> reports, Path workspace, Set<String> changed, CheckScope scope) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < checkers.size(); i++) {
            if (reports.get(i) == null) {
                pending.add(i);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(
                pending.size(), Thread.ofPlatform().name("check-", 0).daemon().factory())) {
            List<Future<CheckReport>> running = new ArrayList<>();
            for (int index : pending) {
                Checker checker = checkers.get(index);
                running.add(threads.submit(() -> checkGuarded(checker, workspace, changed, scope)));
            }
            for (int i = 0; i < pending.size(); i++) {
                reports.set(pending.get(i), await(running.get(i), checkers.get(pending.get(i))));
            }
        }
    }

    /** An I/O failure inside a checker is reported as that checker being unavailable. */
    private static CheckReport checkGuarded(Checker checker, Path workspace, Set<String> changed, CheckScope scope) {
        try {
            return switch (scope) {
                case CheckScope.Everything everything -> checker.check(workspace, changed);
                case CheckScope.Only only -> checker.check(workspace, only);
            };
        } catch (UncheckedIOException e) {
            return new CheckReport.Unavailable(
                    checker.name(), "the check could not read or write files: " + e.getMessage());
        }
    }

    private static CheckReport await(Future<CheckReport> report, Checker checker) {
        try {
            return report.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CheckReport.Unavailable(checker.name(), "the check was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the check " + checker.name() + " failed", e.getCause());
        }
    }

    /**
     * A report that could not run is not reused: whatever stopped it (a missing tool) may be fixed by now. Nor is
     * one made while the files could not be read.
     */
    private void remember(Checker checker, String fingerprint, CheckReport report) {
        switch (report) {
            case CheckReport.Unavailable unavailable -> previous.remove(checker);
            case CheckReport.Passed passed -> previous.put(checker, new Reusable(fingerprint, report));
            case CheckReport.Failed failed -> previous.put(checker, new Reusable(fingerprint, report));
            case CheckReport.TimedOut timedOut -> previous.put(checker, new Reusable(fingerprint, report));
        }
    }

    /** A scoped checker's report made within one scope is not reused for another, which may hold other files. */
    private static String scopeMark(Checker checker, CheckScope scope) {
        return switch (scope) {
            case CheckScope.Everything everything -> "";
            case CheckScope.Only only when !checker.scoped() -> "";
            case CheckScope.Only only ->
                "@"
                        + Fingerprints.of(String.join("\n", new TreeSet<>(only.changed()))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
    }

    /** One digest over the contents of the files {@code checker} depends on ({@link FileDigests}). */
    private String fingerprint(Path workspace, Collection<String> files, Checker checker) {
        StringBuilder joined = new StringBuilder();
        for (String file : files) {
            if (checker.dependsOn(file)) {
                joined.append(file)
                        .append('\0')
                        .append(digests.of(workspace, file))
                        .append('\n');
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
