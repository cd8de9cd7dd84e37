package dev.l2mac.history;

import dev.l2mac.memory.IgnoreRules;
import dev.l2mac.memory.NestedRepositories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The git repository of a workspace, opened or created: commits of completed instructions, the discarding of a
 * failed instruction's changes, and the undoing of a run's last instruction. It only ever adds commits on the
 * current branch (no force, no history edits, no configuration changes); the run records under {@code .l2mac/}
 * are never committed, nor the {@code node_modules} link to the installed packages. Commits carry the author
 * "l2mac &lt;l2mac@localhost&gt;" and the time of the given clock.
 */
public final class WorkspaceHistory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceHistory.class);
    static final String AUTHOR = "l2mac";
    static final String EMAIL = "l2mac@localhost";
    /** The branch of a repository this class creates. */
    static final String INITIAL_BRANCH = "main";

    private final Git git;
    private final Path workspace;
    private final GitLocks locks;
    private final CommitWriter writer;
    private UsersRepositories users = UsersRepositories.NONE;

    private WorkspaceHistory(Git git, Path workspace, Clock clock, CommitProbe probe) {
        this.git = git;
        this.workspace = workspace;
        this.locks = new GitLocks(git.getRepository(), workspace);
        this.writer = new CommitWriter(git, clock, probe);
    }

    /**
     * Opens the repository whose work tree is {@code workspace} (its own {@code .git}), or creates one there. The
     * ignore rules go to {@code .git/info/exclude}, never to a {@code .gitignore}: the workspace holds the output
     * and nothing else, and no file the model can rewrite decides whether the run records get committed.
     *
     * <p>Call it only while holding the workspace's lock ({@code .l2mac/lock}): git lock files that an l2mac process
     * killed inside a git operation left behind are then removed (see {@link GitLocks}).
     *
     * @throws HistoryException when the repository cannot be opened or created, or a git lock file of another
     *                          process is there (the message names it)
     */
    public static WorkspaceHistory open(Path workspace, Clock clock) {
        return open(workspace, clock, CommitProbe.NONE);
    }

    /** As {@link #open(Path, Clock)}, telling {@code probe} the moments of every commit. */
    public static WorkspaceHistory open(Path workspace, Clock clock, CommitProbe probe) {
        Path root = workspace.toAbsolutePath().normalize();
        Git git;
        try {
            if (Files.exists(root.resolve(Constants.DOT_GIT))) {
                git = Git.open(root.toFile());
            } else {
                Files.createDirectories(root);
                git = Git.init()
                        .setDirectory(root.toFile())
                        .setInitialBranch(INITIAL_BRANCH)
                        .call();
            }
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw new HistoryException(
                    "could not open or create the git repository of the workspace " + root + " ("
                            + e.getMessage() + "); check that the folder is writable and that any .git there is a"
                            + " repository, or move it away",
                    e);
        }
        WorkspaceHistory history = new WorkspaceHistory(git, root, clock, probe);
        try {
            Ignores.exclude(git.getRepository().getCommonDirectory().toPath(), Ignores.MACHINE);
            history.locks.clearLeftByDeadRun();
            return history;
        } catch (IOException | RuntimeException e) {
            history.close();
            throw e instanceof HistoryException known ? known : history.failure("prepare the repository", e);
        }
    }

    /**
     * The repository of {@code workspace} when it has one of its own, for reading and undoing; nothing is created.
     *
     * @throws HistoryException when a {@code .git} is there but cannot be opened as a repository
     */
    public static Optional<WorkspaceHistory> existing(Path workspace, Clock clock) {
        Path root = workspace.toAbsolutePath().normalize();
        if (!Files.exists(root.resolve(Constants.DOT_GIT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkspaceHistory(Git.open(root.toFile()), root, clock, CommitProbe.NONE));
        } catch (IOException e) {
            throw new HistoryException(
                    "could not open the git repository of the workspace " + root + " (" + e.getMessage()
                            + "); check that its .git is a repository",
                    e);
        }
    }

    public Path workspace() {
        return workspace;
    }

    /**
     * The commit the run {@code runId} builds on: the current one when the work tree is clean, otherwise a new
     * commit of the workspace as found (also when the repository has no commit yet), so that a rollback or an
     * undo never loses anything that was there before the run. The repositories nested in the work tree now are
     * the user's ({@link #users()}), and are left out of that commit and every later one. Warnings go to the log.
     */
    public Revision start(String runId) {
        return start(runId, LOG::warn);
    }

    /**
     * As {@link #start(String)}; when git cannot read the current commit or its files (an object missing or
     * corrupt), the workspace as found is committed anew, and {@code warnings} is told so.
     */
    public Revision start(String runId, Consumer<String> warnings) {
        users = new UsersRepositories(NestedRepositories.find(workspace));
        try {
            Optional<RevCommit> head = cleanHead(warnings);
            if (head.isPresent()) {
                return Revision.of(head.get());
            }
            return commitAll(Trailers.start(runId));
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("record the workspace as found before run " + runId, e);
        }
    }

    /** The repositories nested in the work tree when the run began; none before {@link #start}. */
    public UsersRepositories users() {
        return users;
    }

    /** A resumed run goes on from its recorded start, which found {@code recorded} nested in the work tree. */
    public void continueFrom(UsersRepositories recorded) {
        users = recorded;
    }

    /**
     * Commits the workspace as instruction {@code number} of run {@code runId} left it, with the instruction and
     * its handover summary as the message (an empty commit when nothing changed). A {@code .git} that generated
     * code left below the root is removed first (see {@link NestedRepositoryRemoval}) and named in a trailer. When the latest commit already
     * is that instruction's (made before an interruption), it is returned and no second commit is made.
     */
    public Revision commitInstruction(String runId, int number, String instruction, String summary) {
        return commitInstruction(runId, number, instruction, summary, Set.of());
    }

    /**
     * As {@link #commitInstruction(String, int, String, String)}, committing also the files of {@code output} (the
     * paths the machine wrote) that a {@code .gitignore} hides from git; each is named in a trailer.
     */
    public Revision commitInstruction(
            String runId, int number, String instruction, String summary, Set<String> output) {
        try {
            Optional<RevCommit> head = head();
            if (head.isPresent() && Trailers.of(head.get()).isInstruction(runId, number)) {
                return Revision.of(head.get());
            }
            List<String> removed = NestedRepositoryRemoval.removeFrom(git.getRepository(), workspace, users);
            removed.forEach(entry -> LOG.warn(
                    "Removed {} before committing instruction {}: {}",
                    entry,
                    number,
                    NestedRepositories.describe(entry)));
            SortedMap<String, String> hiding = IgnoreRules.hidingAll(
                    workspace,
                    output.stream()
                            .filter(path -> Files.isRegularFile(workspace.resolve(path), LinkOption.NOFOLLOW_LINKS))
                            .toList());
            hiding.forEach((path, rule) -> LOG.warn("Committing {} of instruction {} although {}", path, number, rule));
            List<String> hidden = List.copyOf(hiding.keySet());
            String message = Trailers.instruction(runId, number, instruction, summary, removed, hidden);
            return locks.during(() -> writer.commitAll(message, hidden, users));
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("commit instruction " + number + " of run " + runId, e);
        }
    }

    /**
     * Puts the work tree back to the latest commit, discarding a failed instruction's changes (see {@link Rollback}).
     *
     * @return the commit the workspace now equals
     */
    public Revision rollBack() {
        try {
            RevCommit head = head().orElseThrow(
                            () -> new HistoryException("there is no commit in " + workspace + " to roll back to"));
            return new Rollback(git, workspace, locks, users).to(head);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("roll the workspace back to its latest commit", e);
        }
    }

    /** Whether the latest commit is an undo of one of run {@code runId}'s instructions. */
    public boolean undoneAtHead(String runId) {
        try {
            return head().map(Trailers::of)
                    .filter(t -> t.isOfRun(runId) && t.restores().isPresent())
                    .isPresent();
        } catch (IOException e) {
            throw failure("read the latest commit", e);
        }
    }

    /** Whether the work tree differs from the latest commit (files git ignores aside). */
    public boolean hasChanges() {
        try {
            return !git.status().call().isClean();
        } catch (GitAPIException | JGitInternalException e) {
            throw failure("read the status of the workspace", e);
        }
    }

    /**
     * Takes back the last instruction of run {@code runId} still in effect, with a new commit that restores the
     * workspace exactly as the commit before it; may be repeated to take back earlier instructions.
     *
     * @throws HistoryException when the workspace has changes or commits made after the run, or the run has no
     *                          instruction left to undo; the message says which and what to do
     */
    public UndoOutcome undoLast(String runId) {
        try {
            // The run removed the repositories it nested before each commit: any there now is the user's.
            UsersRepositories nested = new UsersRepositories(NestedRepositories.find(workspace));
            return new Undo(git, workspace, nested, message -> locks.during(() -> writer.commitAll(message, nested)))
                    .last(runId);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("undo the last instruction of run " + runId, e);
        }
    }

    /** The files commit {@code commit} changed against its first parent (all its files for a first commit). */
    public List<FileChange> changedFiles(String commit) {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit parsed = walk.parseCommit(ObjectId.fromString(commit));
            RevCommit parent = parsed.getParentCount() == 0 ? null : walk.parseCommit(parsed.getParent(0));
            return FileChange.between(git.getRepository(), parent, parsed);
        } catch (IOException | IllegalArgumentException e) {
            throw new HistoryException(
                    "could not read commit " + commit + " in " + workspace + " (" + e.getMessage()
                            + "); the commit may have been removed from the repository",
                    e);
        }
    }

    private Optional<RevCommit> head() throws IOException {
        ObjectId id = git.getRepository().resolve(Constants.HEAD);
        if (id == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            return Optional.of(walk.parseCommit(id));
        }
    }

    /**
     * The latest commit, when the work tree equals it (the user's nested repositories aside); empty when it does not,
     * when there is none, and when git cannot read it, which {@code warnings} is told.
     */
    private Optional<RevCommit> cleanHead(Consumer<String> warnings) throws IOException, GitAPIException {
        String id = Optional.ofNullable(git.getRepository().resolve(Constants.HEAD))
                .map(ObjectId::getName)
                .orElse("HEAD");
        try {
            Optional<RevCommit> head = head();
            return head.isPresent() && cleanBesidesUsers(git.status().call()) ? head : Optional.empty();
        } catch (MissingObjectException | CorruptObjectException e) {
            warnings.accept(unreadable(id, e));
        } catch (JGitInternalException e) {
            if (!(e.getCause() instanceof MissingObjectException || e.getCause() instanceof CorruptObjectException)) {
                throw e;
            }
            warnings.accept(unreadable(id, e.getCause()));
        }
        return Optional.empty();
    }

    private static String unreadable(String commit, Throwable cause) {
        return "git could not read the current commit " + commit + " (" + cause.getMessage() + "), so the"
                + " workspace as found was committed anew as where this run begins; run git fsck to see what is"
                + " missing";
    }

    /** Whether the work tree differs from the latest commit only inside the user's nested repositories, if at all. */
    private boolean cleanBesidesUsers(Status status) {
        return Stream.of(
                        status.getAdded(),
                        status.getChanged(),
                        status.getRemoved(),
                        status.getMissing(),
                        status.getModified(),
                        status.getUntracked(),
                        status.getConflicting())
                .flatMap(Set::stream)
                .allMatch(users::hold);
    }

    /** Stages every change (additions, modifications, deletions) and commits it, marked as an l2mac operation. */
    private Revision commitAll(String message) throws GitAPIException, IOException {
        return locks.during(() -> writer.commitAll(message, users));
    }

    private HistoryException failure(String action, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HistoryException known) {
                return known;
            }
            if (cause instanceof LockFailedException locked) {
                return GitLocks.busy(locked.getFile()
                        .toPath()
                        .resolveSibling(locked.getFile().getName() + ".lock"));
            }
        }
        return new HistoryException(
                "could not " + action + " in the git repository of " + workspace + " (" + e.getMessage()
                        + "); check that the folder is writable and has free space, then try again",
                e);
    }

    @Override
    public void close() {
        git.close();
    }

    /** Commits with a message, as {@link Undo} needs. */
    @FunctionalInterface
    interface Committer {
        Revision commitAll(String message) throws GitAPIException, IOException;
    }
}
