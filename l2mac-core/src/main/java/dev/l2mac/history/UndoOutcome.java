package dev.l2mac.history;

import java.util.List;

/**
 * What {@link WorkspaceHistory#undoLast} took back: the run's instruction {@code instruction}, by the new commit
 * {@code undo}, which made the {@code changes} that leave the workspace as the earlier commit {@code restored}.
 */
public record UndoOutcome(int instruction, Revision restored, Revision undo, List<FileChange> changes) {
    public UndoOutcome {
        changes = List.copyOf(changes);
    }
}
