package dev.l2mac.history;

import dev.l2mac.llm.ModelText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * Commits the whole work tree on the current branch as l2mac at the clock's time: stage, then write the tree and
 * commit objects under the index lock, then move the branch. A process killed in between leaves at most lock files
 * and objects no branch points at; the commit is then made again from the same files. No hooks, no signing: these
 * commits record the machine's steps.
 */
final class CommitWriter {
    private final Git git;
    private final Clock clock;
    private final CommitProbe probe;

    CommitWriter(Git git, Clock clock, CommitProbe probe) {
        this.git = git;
        this.clock = clock;
        this.probe = probe;
    }

    /**
     * Commits every change but {@code users}' repositories; the message is made {@link ModelText#inert inert}, as it
     * carries model text.
     */
    Revision commitAll(String modelMessage, UsersRepositories users) throws GitAPIException, IOException {
        return commitAll(modelMessage, List.of(), users);
    }

    /**
     * Commits every change, and also the files of {@code output} (work tree paths) that git would leave out because
     * a {@code .gitignore} hides them: they are the machine's output, which its history always records. At the
     * folders of {@code users}' repositories the commit records what the latest commit did, nothing of theirs.
     */
    Revision commitAll(String modelMessage, Collection<String> output, UsersRepositories users)
            throws GitAPIException, IOException {
        String message = ModelText.inert(modelMessage);
        git.add().addFilepattern(".").setAll(true).call();
        probe.at(CommitProbe.Moment.STAGED);
        Repository repository = git.getRepository();
        DirCache index = repository.lockDirCache();
        try (ObjectInserter inserter = repository.newObjectInserter();
                RevWalk walk = new RevWalk(repository)) {
            probe.at(CommitProbe.Moment.INDEX_LOCKED);
            stageLeftOut(index, inserter, output);
            unstageRunRecords(index);
            ObjectId parent = repository.resolve(Constants.HEAD);
            keepAsRecorded(index, users, parent == null ? null : walk.parseCommit(parent));
            PersonIdent l2mac =
                    new PersonIdent(WorkspaceHistory.AUTHOR, WorkspaceHistory.EMAIL, clock.instant(), ZoneOffset.UTC);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            if (parent != null) {
                commit.setParentId(parent);
            }
            commit.setAuthor(l2mac);
            commit.setCommitter(l2mac);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            probe.at(CommitProbe.Moment.OBJECTS_WRITTEN);
            moveBranch(parent, id, l2mac, message);
            probe.at(CommitProbe.Moment.BRANCH_MOVED);
            index.write();
            index.commit();
            return Revision.of(walk.parseCommit(id));
        } finally {
            index.unlock();
        }
    }

    /** Adds each file of {@code output} that staging left out of the index as it is in the work tree. */
    private void stageLeftOut(DirCache index, ObjectInserter inserter, Collection<String> output) throws IOException {
        Path root = git.getRepository().getWorkTree().toPath();
        DirCacheEditor editor = index.editor();
        for (String path : output) {
            Path file = root.resolve(path);
            if (index.getEntry(path) != null
                    || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || path.startsWith(Ignores.RUN_RECORDS_DIR + "/")) {
                continue;
            }
            ObjectId blob;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                blob = inserter.insert(Constants.OBJ_BLOB, Files.size(file), in);
            }
            long modified =
                    Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
            long length = Files.size(file);
            boolean executable = Files.isExecutable(file);
            editor.add(new DirCacheEditor.PathEdit(path) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(executable ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE);
                    entry.setObjectId(blob);
                    entry.setLength(length);
                    entry.setLastModified(java.time.Instant.ofEpochMilli(modified));
                }
            });
        }
        editor.finish();
    }

    /** A {@code .gitignore} in the work tree outranks info/exclude and could let the run records in; not so. */
    private static void unstageRunRecords(DirCache index) {
        DirCacheEditor editor = index.editor();
        editor.add(new DirCacheEditor.DeleteTree(Ignores.RUN_RECORDS_DIR));
        editor.finish();
    }

    /**
     * Puts back in the index, at every folder of {@code users}' repositories, what {@code head} records there (in
     * most cases nothing), whatever staging found in the work tree.
     */
    private void keepAsRecorded(DirCache index, UsersRepositories users, RevCommit head) throws IOException {
        if (users.gitEntries().isEmpty()) {
            return;
        }
        DirCacheEditor removal = index.editor();
        for (String folder : users.folders()) {
            removal.add(new DirCacheEditor.DeletePath(folder));
            removal.add(new DirCacheEditor.DeleteTree(folder));
        }
        removal.finish();
        DirCacheEditor editor = index.editor();
        if (head != null) {
            try (TreeWalk recorded = new TreeWalk(git.getRepository())) {
                recorded.addTree(head.getTree());
                recorded.setRecursive(true);
                recorded.setFilter(PathFilterGroup.createFromStrings(users.folders()));
                while (recorded.next()) {
                    FileMode mode = recorded.getFileMode(0);
                    ObjectId id = recorded.getObjectId(0);
                    editor.add(new DirCacheEditor.PathEdit(recorded.getPathString()) {
                        @Override
                        public void apply(DirCacheEntry entry) {
                            entry.setFileMode(mode);
                            entry.setObjectId(id);
                        }
                    });
                }
            }
        }
        editor.finish();
    }

    private void moveBranch(ObjectId parent, ObjectId commit, PersonIdent l2mac, String message) throws IOException {
        RefUpdate update = git.getRepository().updateRef(Constants.HEAD);
        update.setNewObjectId(commit);
        update.setExpectedOldObjectId(parent == null ? ObjectId.zeroId() : parent);
        update.setRefLogIdent(l2mac);
        update.setRefLogMessage(
                (parent == null ? "commit (initial): " : "commit: ")
                        + message.lines().findFirst().orElse(""),
                false);
        RefUpdate.Result result = update.forceUpdate();
        switch (result) {
            case NEW, FORCED, FAST_FORWARD -> {}
            case LOCK_FAILURE ->
                throw GitLocks.busy(git.getRepository()
                        .getCommonDirectory()
                        .toPath()
                        .resolve(update.getRef().getLeaf().getName() + ".lock"));
            default ->
                throw new IOException("could not move "
                        + update.getRef().getLeaf().getName() + " to the new commit (" + result + ")");
        }
    }
}
