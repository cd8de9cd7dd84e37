package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The run's check suite over its workspace, as the control unit runs it when an instruction says it is complete.
 * Released when the run ends, which also stops the workers that {@code run_tests} started, since it uses the same
 * suite.
 */
record WorkspaceChecks(Checks suite, Path workspace) implements OutputChecks {

    @Override
    public List<CheckReport> run() {
        return suite.run(workspace, Set.of());
    }

    @Override
    public void release() {
        suite.release();
    }
}
