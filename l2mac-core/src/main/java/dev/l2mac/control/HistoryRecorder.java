package dev.l2mac.control;

import dev.l2mac.history.Revision;
import dev.l2mac.history.StartingPoint;
import dev.l2mac.history.UsersRepositories;
import dev.l2mac.history.WorkspaceHistory;
import dev.l2mac.program.Instruction;
import dev.l2mac.resume.Journal;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.OnFailure;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The workspace's git history as a run writes it: where the run starts, one commit per completed instruction, and
 * the rollback of a failed one when the policy asks for it. A resumed run does not commit again what its recording
 * holds (its workspace has moved on since); a commit made just before an interruption, and not yet recorded, is
 * found in the history and not made twice. Without a history (a store that is not on disk) it records nothing.
 */
final class HistoryRecorder {
    private final Optional<WorkspaceHistory> history;
    private final String runId;
    private final Journal journal;
    private final RunListener listener;
    private final OnFailure onFailure;
    private final Supplier<Set<String>> output;

    /** A recorder whose commits include {@code output}'s paths (those the machine wrote) even where ignored. */
    HistoryRecorder(
            Optional<WorkspaceHistory> history,
            String runId,
            Journal journal,
            RunListener listener,
            OnFailure onFailure,
            Supplier<Set<String>> output) {
        this.output = output;
        this.history = history;
        this.runId = runId;
        this.journal = journal;
        this.listener = listener;
        this.onFailure = onFailure;
    }

    /**
     * Records the commit the run builds on, committing the workspace as found when it has uncommitted files, and
     * the repositories nested in it then; where the run started, when there is a history.
     */
    Optional<StartingPoint> start() {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        WorkspaceHistory workspace = history.get();
        if (journal.next().orElse(null) instanceof RunEvent.HistoryStarted recorded) {
            listener.on(recorded);
            workspace.continueFrom(new UsersRepositories(recorded.nestedRepositories()));
            return Optional.of(new StartingPoint(workspace.workspace(), recorded.commit(), workspace.users()));
        }
        if (journal.replaying()) {
            throw journal.divergence("recording where the workspace's history starts");
        }
        Revision start = workspace.start(runId, warning -> listener.on(new RunEvent.HistoryWarning(warning)));
        listener.on(new RunEvent.HistoryStarted(
                start.commit(), start.tree(), workspace.users().gitEntries()));
        return Optional.of(new StartingPoint(workspace.workspace(), start.commit(), workspace.users()));
    }

    void completed(Instruction instruction, String summary) {
        if (history.isEmpty()) {
            return;
        }
        if (journal.next().orElse(null) instanceof RunEvent.InstructionCommitted recorded
                && recorded.number() == instruction.number()) {
            listener.on(recorded);
            return;
        }
        if (journal.replaying()) {
            throw journal.divergence("committing instruction " + instruction.number());
        }
        Revision commit =
                history.get().commitInstruction(runId, instruction.number(), instruction.text(), summary, output.get());
        listener.on(new RunEvent.InstructionCommitted(instruction.number(), commit.commit(), commit.tree()));
    }

    /** Rolls the workspace back to the last good commit when the policy says so. */
    void failed(Instruction instruction) {
        if (history.isEmpty() || onFailure == OnFailure.KEEP) {
            return;
        }
        Revision good = history.get().rollBack();
        listener.on(new RunEvent.WorkspaceRolledBack(instruction.number(), good.commit()));
    }
}
