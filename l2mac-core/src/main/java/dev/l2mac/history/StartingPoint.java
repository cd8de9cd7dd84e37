package dev.l2mac.history;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The commit a run started from, read without touching the work tree: whether it holds any file, which files the
 * work tree has changed since (the run's commits and what is not committed yet, files git ignores aside), and a copy
 * of its files elsewhere, so that checks can judge the workspace as the run found it. The user's nested
 * repositories are no part of it: never among the changed files, and never copied.
 *
 * @param workspace the work tree of the repository
 * @param commit    the id of the commit the run started from
 * @param users     the repositories nested in the work tree when the run began
 */
public record StartingPoint(Path workspace, String commit, UsersRepositories users) {

    /** True when the commit holds at least one file. */
    public boolean hasFiles() {
        return read(walk -> walk.next());
    }

    /**
     * True when the run works on an existing project: the commit holds a file, or the work tree held a repository
     * of the user's (whose files no commit of the run holds).
     */
    public boolean existing() {
        return !users.gitEntries().isEmpty() || hasFiles();
    }

    /** The paths that differ between the commit and the work tree: added, modified or deleted, sorted. */
    public Set<String> changedFiles() {
        try (Git git = Git.open(workspace.toFile());
                RevWalk revisions = new RevWalk(git.getRepository())) {
            Set<String> changed = new TreeSet<>();
            ObjectId head = git.getRepository().resolve(Constants.HEAD);
            if (head != null) {
                RevCommit start = revisions.parseCommit(ObjectId.fromString(commit));
                FileChange.between(git.getRepository(), start, revisions.parseCommit(head))
                        .forEach(change -> changed.add(change.path()));
            }
            Status status = git.status().call();
            changed.addAll(status.getUncommittedChanges());
            changed.addAll(status.getUntracked());
            changed.removeIf(users::hold);
            return changed;
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("find the files changed since commit " + commit, e);
        }
    }

    /** Writes the commit's regular files below {@code target}, at their paths; links and submodules are left out. */
    public void copyTo(Path target) {
        read(walk -> {
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    Path file = target.resolve(walk.getPathString()).normalize();
                    if (!file.startsWith(target)) {
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    try (OutputStream out = Files.newOutputStream(file)) {
                        walk.getObjectReader().open(walk.getObjectId(0)).copyTo(out);
                    }
                }
            }
            return true;
        });
    }

    @FunctionalInterface
    private interface Reading {
        boolean over(TreeWalk walk) throws IOException;
    }

    /** {@code reading} over every file of the commit, recursively. */
    private boolean read(Reading reading) {
        try (Git git = Git.open(workspace.toFile());
                RevWalk revisions = new RevWalk(git.getRepository());
                TreeWalk walk = new TreeWalk(git.getRepository())) {
            walk.addTree(revisions.parseCommit(ObjectId.fromString(commit)).getTree());
            walk.setRecursive(true);
            return reading.over(walk);
        } catch (IOException | IllegalArgumentException e) {
            throw failure("read commit " + commit, e);
        }
    }

    private HistoryException failure(String action, Exception e) {
        return new HistoryException(
                "could not " + action + " in the git repository of " + workspace + " (" + e.getMessage()
                        + "); the checks cannot tell what was there before the run",
                e);
    }
}
