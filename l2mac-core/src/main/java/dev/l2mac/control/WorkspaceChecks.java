package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.history.HistoryException;
import dev.l2mac.history.StartingPoint;
import dev.l2mac.run.RunListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run's check suite over its workspace, as the control unit runs it when an instruction says it is complete.
 * A run that starts from a commit holding files (an existing repository) has the suite judged against a
 * {@link CheckBaseline} (which {@code run_tests} shares, since it uses the same suite); a run on a new workspace
 * checks everything, and so does one whose starting commit git cannot read. Released when the run ends, which also stops the workers that {@code run_tests} started.
 */
final class WorkspaceChecks implements OutputChecks {
    private final Checks suite;
    private final Path workspace;
    private final Checks before;
    private Optional<CheckBaseline> baseline = Optional.empty();

    /** {@code before} checks the files as the run found them: the same checkers, never used on the workspace. */
    WorkspaceChecks(Checks suite, Path workspace, Checks before) {
        this.suite = suite;
        this.workspace = workspace;
        this.before = before;
    }

    @Override
    public synchronized void startsFrom(StartingPoint start, RunListener listener) {
        boolean existing;
        try {
            existing = start.existing();
        } catch (HistoryException e) {
            listener.on(CheckBaseline.lost(e));
            return;
        }
        if (existing) {
            CheckBaseline judged = new CheckBaseline(start, before, listener);
            suite.judgeAgainst(judged);
            baseline = Optional.of(judged);
        }
    }

    @Override
    public List<CheckReport> run() {
        return suite.run(workspace, Set.of());
    }

    @Override
    public synchronized void release() {
        suite.release();
        baseline.ifPresent(CheckBaseline::release);
    }
}
