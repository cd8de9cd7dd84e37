package dev.l2mac.history;

import dev.l2mac.memory.NestedRepositories;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FileUtils;

/**
 * Removes the {@code .git} entries that generated code left below the workspace's root before a commit or a
 * rollback, so that git records their folders' files as ordinary files instead of a bare link, and nobody's
 * {@code git status} runs a configuration that generated code wrote. The one place that decides which nested
 * repositories the run may remove: only those it made. A repository nested when the run began ({@link
 * UsersRepositories}) or one the latest commit records as a link (a submodule) is the user's and is left alone.
 */
final class NestedRepositoryRemoval {

    private NestedRepositoryRemoval() {}

    /** Removes them, all but {@code users}'; returns the removed entries' paths, relative to {@code workspace}. */
    static List<String> removeFrom(Repository repository, Path workspace, UsersRepositories users) throws IOException {
        List<String> removed = new ArrayList<>();
        for (String git : NestedRepositories.find(workspace)) {
            String folder = git.substring(0, git.lastIndexOf('/'));
            if (!users.holdsEntry(git) && !isRecordedLink(repository, folder)) {
                // Recursive, yet a symbolic link is deleted as a link, never followed.
                FileUtils.delete(workspace.resolve(git).toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
                removed.add(git);
            }
        }
        return List.copyOf(removed);
    }

    private static boolean isRecordedLink(Repository repository, String folder) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return false;
        }
        try (RevWalk walk = new RevWalk(repository);
                TreeWalk entry = TreeWalk.forPath(
                        repository, folder, walk.parseCommit(head).getTree())) {
            return entry != null && entry.getFileMode(0) == FileMode.GITLINK;
        }
    }
}
