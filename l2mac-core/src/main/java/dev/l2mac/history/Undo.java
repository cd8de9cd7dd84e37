package dev.l2mac.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Takes back a run's last instruction still in effect: the latest commit must be the run's (its instruction, or an
 * earlier undo), and the work tree clean (the user's nested repositories aside, which it leaves as they are); a new
 * commit then restores the files of the commit before that instruction. History is added to, never rewritten, so
 * the undone commit stays reachable.
 */
final class Undo {
    /** How many characters of a commit id messages show. */
    private static final int SHORT_ID = 10;

    private final Git git;
    private final Path workspace;
    private final UsersRepositories users;
    private final WorkspaceHistory.Committer committer;

    Undo(Git git, Path workspace, UsersRepositories users, WorkspaceHistory.Committer committer) {
        this.git = git;
        this.workspace = workspace;
        this.users = users;
        this.committer = committer;
    }

    UndoOutcome last(String runId) throws IOException, GitAPIException {
        Repository repository = git.getRepository();
        ObjectId headId = repository.resolve(Constants.HEAD);
        if (headId == null) {
            throw new HistoryException("run " + runId + " made no commit: the workspace " + workspace
                    + " has no commits, so there is nothing to undo");
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit head = walk.parseCommit(headId);
            requireClean(runId);
            Trailers latest = Trailers.of(head);
            if (!latest.isOfRun(runId)) {
                throw notLatest(walk, head, runId);
            }
            RevCommit effective = latest.restores().isPresent()
                    ? walk.parseCommit(ObjectId.fromString(latest.restores().get()))
                    : head;
            Trailers undone = Trailers.of(effective);
            if (!undone.isOfRun(runId) || undone.instruction().isEmpty() || effective.getParentCount() == 0) {
                throw new HistoryException("run " + runId + " has no instruction left to undo: the workspace is as"
                        + " it was before the run (commit " + shortId(effective) + ")");
            }
            RevCommit before = walk.parseCommit(effective.getParent(0));
            List<FileChange> changes = FileChange.between(repository, head, before);
            restore(before, changes);
            int number = undone.instruction().getAsInt();
            Revision undo =
                    committer.commitAll(Trailers.undo(runId, number, effective.getShortMessage(), before.getName()));
            if (!undo.tree().equals(before.getTree().getName())) {
                throw new HistoryException("undoing instruction " + number + " of run " + runId + " left the"
                        + " workspace different from commit " + shortId(before) + " (commit " + undo.commit()
                        + " was made); compare the two with git diff and restore what you need");
            }
            return new UndoOutcome(number, Revision.of(before), undo, changes);
        }
    }

    private void requireClean(String runId) throws GitAPIException {
        Status status = git.status().call();
        TreeSet<String> changed = new TreeSet<>();
        Stream.of(status.getUncommittedChanges(), status.getUntracked()).forEach(changed::addAll);
        changed.removeIf(path -> Ignores.isRunRecord(path) || users.hold(path));
        if (changed.isEmpty()) {
            return;
        }
        throw new HistoryException("the workspace " + workspace + " has changes made after run " + runId + " ("
                + String.join(", ", changed) + "); commit them or remove them first, then undo again");
    }

    /** Explains why the latest commit is not the run's: the run committed nothing, or others committed since. */
    private HistoryException notLatest(RevWalk walk, RevCommit head, String runId) throws IOException {
        walk.markStart(head);
        for (RevCommit commit : walk) {
            if (Trailers.of(commit).isOfRun(runId)) {
                return new HistoryException("commits were made after run " + runId + ": the latest commit is "
                        + shortId(head) + " \"" + head.getShortMessage() + "\", not one of the run's; undo takes"
                        + " back a run's instruction only while the run's commit is the latest (git revert "
                        + shortId(commit) + " takes back a single commit)");
            }
        }
        return new HistoryException("run " + runId + " made no commit in " + workspace + ", so there is nothing"
                + " to undo (l2mac show " + runId + " shows what it did)");
    }

    /** Makes index and work tree equal to {@code target}, given the changes from the current commit to it. */
    private void restore(RevCommit target, List<FileChange> changes) throws GitAPIException {
        List<String> removed = changes.stream()
                .filter(c -> c.kind() == FileChange.Kind.DELETED)
                .map(FileChange::path)
                .toList();
        List<String> restored = changes.stream()
                .filter(c -> c.kind() != FileChange.Kind.DELETED)
                .map(FileChange::path)
                .toList();
        if (!removed.isEmpty()) {
            var rm = git.rm();
            removed.forEach(rm::addFilepattern);
            rm.call();
        }
        if (!restored.isEmpty()) {
            git.checkout().setStartPoint(target).addPaths(restored).call();
        }
    }

    private static String shortId(RevCommit commit) {
        return commit.getName().substring(0, SHORT_ID);
    }
}
