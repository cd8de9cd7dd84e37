package dev.l2mac.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Discards a failed instruction's changes: the work tree goes back to the latest commit, tracked files restored and
 * files created since removed (nested {@code .git} entries too); files that git ignores (among them the run records)
 * are left alone, and so are the user's nested repositories ({@link UsersRepositories}). Unlike an {@link Undo}, it
 * makes no commit.
 */
record Rollback(Git git, Path workspace, GitLocks locks, UsersRepositories users) {

    /** Puts the work tree back to {@code head}, the latest commit, and returns it. */
    Revision to(RevCommit head) throws IOException, GitAPIException {
        NestedRepositoryRemoval.removeFrom(git.getRepository(), workspace, users);
        return locks.during(() -> {
            git.reset()
                    .setMode(ResetCommand.ResetType.HARD)
                    .setRef(Constants.HEAD)
                    .call();
            removeUntracked();
            return Revision.of(head);
        });
    }

    /**
     * Removes the files git does not track and does not ignore, then the folders that leaves empty; a folder that
     * holds an ignored file stays (git's own clean would remove it whole).
     */
    private void removeUntracked() throws GitAPIException, IOException {
        for (String path : git.status().call().getUntracked()) {
            if (Ignores.isRunRecord(path) || users.hold(path)) {
                continue;
            }
            Path file = workspace.resolve(path);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); !dir.equals(workspace) && isEmptyDirectory(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
