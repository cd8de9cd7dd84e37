package dev.l2mac.cli;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.history.FileChange;
import dev.l2mac.history.HistoryException;
import dev.l2mac.history.UndoOutcome;
import dev.l2mac.history.WorkspaceHistory;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.WorkspaceLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code l2mac undo <run-id>}: takes back the run's last instruction with a new commit that leaves the workspace
 * exactly as the commit before it; refuses when the workspace changed after the run.
 */
@Command(
        name = "undo",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
            "Take back the last instruction of a run: a new commit leaves the workspace exactly as the"
                    + " commit before that instruction. Repeat to take back earlier ones.",
            "Refused when the workspace has changes or commits made after the run."
        })
final class UndoCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "<run-id>", description = "the run whose last instruction to take back (see l2mac runs)")
    String runId;

    /**
     * Said when the instruction's commit holds no change: the files on disk stay as they are, which is not a success
     * to report silently when the instruction did write files that the history does not hold.
     */
    static final String NOTHING_RECORDED = "no file was restored: the instruction's commit recorded no change. Files"
            + " that a .gitignore or .git/info/exclude hides are never in the history and stay as they are (git status"
            + " --ignored lists them)";

    private final Invocation invocation;

    UndoCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        Path root = workspace.resolve(invocation);
        try {
            RunFolder.existing(root, runId);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot undo: " + e.getMessage() + "; 'l2mac runs --workspace " + root + "' lists the runs there",
                    e);
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(root);
                WorkspaceHistory history = WorkspaceHistory.existing(root, Clock.systemUTC())
                        .orElseThrow(() -> new HistoryException("run " + runId + " made no commit: the workspace "
                                + root + " has no git repository"))) {
            UndoOutcome undo = history.undoLast(runId);
            invocation
                    .out()
                    .printf(
                            "Took back instruction %d of run %s: commit %s leaves the workspace as commit %s"
                                    + "%n  %s%n",
                            undo.instruction(),
                            runId,
                            ProgressPrinter.shortId(undo.undo().commit()),
                            ProgressPrinter.shortId(undo.restored().commit()),
                            undo.changes().isEmpty()
                                    ? NOTHING_RECORDED
                                    : undo.changes().stream()
                                            .map(FileChange::describe)
                                            .collect(Collectors.joining(", ")));
            return ExitCode.SUCCESS;
        }
    }
}
