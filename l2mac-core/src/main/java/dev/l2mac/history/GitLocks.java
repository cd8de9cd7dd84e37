package dev.l2mac.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;

/**
 * The lock files git keeps while it writes ({@code index.lock}, {@code HEAD.lock}, {@code config.lock},
 * {@code packed-refs.lock}, {@code refs/**.lock}), and the marker {@value #MARKER} that names the l2mac process inside
 * a git operation. A git lock file names no process, so a process killed inside a git operation leaves both, and the
 * marker tells whose the locks are: they are cleared only when the process it names is gone, and only by a caller
 * that holds the workspace's lock (so no other l2mac process can be inside an operation). Any other lock belongs to
 * someone else's git and is never touched.
 */
final class GitLocks {
    /** The marker of an l2mac git operation in progress, relative to the workspace; it holds the process id. */
    static final String MARKER = Ignores.RUN_RECORDS_DIR + "/git-operation";
    /** Lock files of the repository folder of the work tree. */
    private static final List<String> WORKTREE_LOCKS = List.of("index.lock", "HEAD.lock");
    /** Lock files of the folder shared by all work trees, besides the ref locks under {@code refs/}. */
    private static final List<String> COMMON_LOCKS = List.of("config.lock", "packed-refs.lock");

    private final Repository repository;
    private final Path marker;

    GitLocks(Repository repository, Path workspace) {
        this.repository = repository;
        this.marker = workspace.resolve(MARKER);
    }

    /** Runs a git operation that writes, with the marker naming this process for as long as it runs. */
    <T> T during(Operation<T> operation) throws GitAPIException, IOException {
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, String.valueOf(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        try {
            return operation.run();
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    /**
     * Removes the git locks that a dead l2mac process left inside a git operation. The caller must hold the
     * workspace's lock.
     *
     * @return the lock files removed
     * @throws HistoryException naming the first lock file that is not a dead l2mac process's
     */
    List<Path> clearLeftByDeadRun() throws IOException {
        List<Path> locks = present();
        if (!locks.isEmpty()) {
            Optional<Long> writer = markedWriter();
            if (writer.isEmpty() || isAlive(writer.get())) {
                throw busy(locks.getFirst());
            }
            for (Path lock : locks) {
                Files.deleteIfExists(lock);
            }
        }
        Files.deleteIfExists(marker);
        return locks;
    }

    /** The git lock files that exist now. */
    List<Path> present() throws IOException {
        List<Path> locks = new ArrayList<>();
        Path dir = repository.getDirectory().toPath();
        Path common = repository.getCommonDirectory().toPath();
        WORKTREE_LOCKS.stream().map(dir::resolve).filter(Files::exists).forEach(locks::add);
        COMMON_LOCKS.stream().map(common::resolve).filter(Files::exists).forEach(locks::add);
        Path refs = common.resolve("refs");
        if (Files.isDirectory(refs)) {
            try (Stream<Path> all = Files.walk(refs)) {
                all.filter(p -> p.getFileName().toString().endsWith(".lock"))
                        .sorted()
                        .forEach(locks::add);
            }
        }
        return locks;
    }

    /** The process the marker names, when there is a marker that names one. */
    private Optional<Long> markedWriter() throws IOException {
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(marker, StandardCharsets.UTF_8).strip()));
        } catch (NumberFormatException torn) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The error for a git lock file that is someone else's. */
    static HistoryException busy(Path lock) {
        return new HistoryException(lock + " exists: another git process is using the repository of this"
                + " workspace; wait for it to finish, or delete the file if no git process is running, then run"
                + " again (l2mac resume continues a run that stopped)");
    }

    /** A git operation that may fail as JGit's do. */
    @FunctionalInterface
    interface Operation<T> {
        T run() throws GitAPIException, IOException;
    }
}
