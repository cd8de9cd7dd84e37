package dev.l2mac.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git lock files found when a run opens the workspace's history (the run holds the workspace's lock): a real process
 * marks itself as inside a git operation and takes git's locks, as an l2mac process killed mid-commit does; the locks
 * are cleared once that process is dead, and never while it lives, nor when no l2mac operation explains them.
 */
class GitLocksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    /** How long the lock-holding process would live if nobody ended it; far longer than any test here. */
    private static final int HOLDER_SECONDS = 120;

    @TempDir
    Path workspace;

    private Process holder;

    @BeforeEach
    void repositoryWithOneCommit() throws IOException {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            Files.writeString(workspace.resolve("a.py"), "x = 1\n");
            history.start("r1");
        }
    }

    @AfterEach
    void endTheHolder() {
        if (holder != null) {
            holder.destroyForcibly();
        }
    }

    @Test
    void clears_the_index_and_branch_locks_of_an_l2mac_process_killed_inside_a_commit() throws Exception {
        holdLocksInAnotherProcess(".git/index.lock", ".git/refs/heads/main.lock", ".git/HEAD.lock");
        holder.destroyForcibly();
        assertThat(holder.waitFor(HOLDER_SECONDS, TimeUnit.SECONDS)).isTrue();

        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            assertThat(workspace.resolve(".git/index.lock")).doesNotExist();
            assertThat(workspace.resolve(".git/refs/heads/main.lock")).doesNotExist();
            assertThat(workspace.resolve(".git/HEAD.lock")).doesNotExist();
            assertThat(workspace.resolve(GitLocks.MARKER)).doesNotExist();
            Files.writeString(workspace.resolve("b.py"), "y = 2\n");
            assertThat(history.commitInstruction("r1", 1, "Write b.", "Wrote b.")
                            .commit())
                    .isNotEmpty();
        }
    }

    @Test
    void leaves_the_index_lock_of_a_process_that_still_runs_and_names_it() throws Exception {
        holdLocksInAnotherProcess(".git/index.lock");

        assertThatThrownBy(() -> WorkspaceHistory.open(workspace, CLOCK))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining(workspace.resolve(".git/index.lock").toString())
                .hasMessageContaining("another git process is using the repository")
                .hasMessageContaining("delete the file if no git process is running");
        assertThat(workspace.resolve(".git/index.lock")).exists();
        assertThat(holder.isAlive()).isTrue();
    }

    @Test
    void leaves_a_lock_no_l2mac_operation_explains_such_as_the_users_own_git() throws IOException {
        Files.createFile(workspace.resolve(".git/index.lock"));

        assertThatThrownBy(() -> WorkspaceHistory.open(workspace, CLOCK))
                .isInstanceOf(HistoryException.class)
                .hasMessageStartingWith(workspace.resolve(".git/index.lock") + " exists");
        assertThat(workspace.resolve(".git/index.lock")).exists();
    }

    @Test
    void a_lock_taken_during_a_run_stops_the_commit_with_a_message_naming_it() throws IOException {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            Files.createFile(workspace.resolve(".git/index.lock"));
            Files.writeString(workspace.resolve("b.py"), "y = 2\n");

            assertThatThrownBy(() -> history.commitInstruction("r1", 1, "Write b.", "Wrote b."))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageStartingWith(workspace.resolve(".git/index.lock") + " exists: another git process");
        }
    }

    /**
     * Starts a process that does what an l2mac process inside a commit does: names itself in the marker and takes
     * the given git locks; it then waits.
     */
    private void holdLocksInAnotherProcess(String... locks) throws IOException, InterruptedException {
        Path ready = workspace.resolve(".l2mac/ready");
        StringBuilder script = new StringBuilder("mkdir -p .l2mac && echo $$ > " + GitLocks.MARKER);
        for (String lock : locks) {
            script.append(" && : > ").append(lock);
        }
        script.append(" && : > ")
                .append(workspace.relativize(ready))
                .append(" && exec sleep ")
                .append(HOLDER_SECONDS);
        holder = new ProcessBuilder("/bin/sh", "-c", script.toString())
                .directory(workspace.toFile())
                .start();
        while (!Files.exists(ready) && holder.isAlive()) {
            Thread.sleep(10);
        }
        assertThat(holder.isAlive()).as("the lock holder started").isTrue();
    }
}
