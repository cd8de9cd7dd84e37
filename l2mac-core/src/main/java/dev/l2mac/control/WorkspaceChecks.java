package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Checks;
import dev.l2mac.history.StartingPoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run's check suite over its workspace, as the control unit runs it when an instruction says it is complete.
 * A run that starts from a commit holding files (an existing repository) checks only the files it changed and their
 * importers, and is judged against its {@link CheckBaseline}; a run on a new workspace checks everything. Released
 * when the run ends, which also stops the workers that {@code run_tests} started, since it uses the same suite.
 */
final class WorkspaceChecks implements OutputChecks {
    private final Checks suite;
    private final Path workspace;
    private final CheckBaseline baseline;
    private Optional<StartingPoint> existing = Optional.empty();

    WorkspaceChecks(Checks suite, Path workspace, CheckBaseline baseline) {
        this.suite = suite;
        this.workspace = workspace;
        this.baseline = baseline;
    }

    @Override
    public synchronized void startsFrom(String commit) {
        StartingPoint start = new StartingPoint(workspace, commit);
        existing = start.hasFiles() ? Optional.of(start) : Optional.empty();
    }

    @Override
    public synchronized List<CheckReport> run() {
        if (existing.isEmpty()) {
            return suite.run(workspace, Set.of());
        }
        CheckScope.Only scope = new CheckScope.Only(existing.get().changedFiles());
        return baseline.judge(suite.run(workspace, scope), existing.get(), scope);
    }

    @Override
    public void release() {
        suite.release();
        baseline.release();
    }
}
