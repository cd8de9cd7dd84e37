package dev.l2mac.history;

import static dev.l2mac.testing.UserRepository.contents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.testing.UserRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NestedRepositoryRemovalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    @Test
    void a_rollback_removes_a_nested_repository_with_the_rest_of_the_failed_instruction() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            write("keep.py", "x = 1\n");
            history.start("r1");
            try (Git nested =
                    Git.init().setDirectory(workspace.resolve("sub").toFile()).call()) {
                write("sub/main.py", "print(1)\n");
            }

            history.rollBack();

            assertThat(workspace.resolve("sub")).doesNotExist();
            assertThat(workspace.resolve("keep.py")).exists();
            assertThat(history.hasChanges()).isFalse();
        }
    }

    @Test
    void a_repository_nested_before_the_run_began_stays_byte_for_byte_and_out_of_the_commits() throws Exception {
        Map<String, byte[]> before = theirsWithCheckout("README.md");
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            Revision start = history.start("r1");
            write("app.py", "import lib\n");

            Revision done = history.commitInstruction("r1", 1, "Write app.", "Done.");

            assertThat(contents(workspace.resolve("vendor/lib"))).containsExactlyInAnyOrderEntriesOf(before);
            assertThat(mode(start.commit(), "vendor/lib")).isEqualTo(FileMode.MISSING);
            assertThat(mode(done.commit(), "vendor/lib")).isEqualTo(FileMode.MISSING);
            assertThat(mode(done.commit(), "vendor/lib/util.py")).isEqualTo(FileMode.MISSING);
            assertThat(mode(done.commit(), "app.py")).isEqualTo(FileMode.REGULAR_FILE);
            assertThat(message(done.commit())).doesNotContain(Trailers.REMOVED_REPOSITORY);
        }
    }

    @Test
    void an_ignored_repository_nested_before_the_run_began_keeps_its_git_through_a_commit() throws Exception {
        write(".gitignore", "vendor/\n");
        Map<String, byte[]> before = theirsWithCheckout(".gitignore");
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("app.py", "import lib\n");

            history.commitInstruction("r1", 1, "Write app.", "Done.");

            assertThat(contents(workspace.resolve("vendor/lib"))).containsExactlyInAnyOrderEntriesOf(before);
        }
    }

    @Test
    void a_rollback_leaves_a_repository_nested_before_the_run_began_as_it_was() throws Exception {
        Map<String, byte[]> before = theirsWithCheckout("README.md");
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("junk.py", "x = 1\n");

            history.rollBack();

            assertThat(contents(workspace.resolve("vendor/lib"))).containsExactlyInAnyOrderEntriesOf(before);
            assertThat(workspace.resolve("junk.py")).doesNotExist();
        }
    }

    @Test
    void an_undo_is_not_refused_for_a_repository_nested_before_the_run_began_and_leaves_it_as_it_was()
            throws Exception {
        Map<String, byte[]> before = theirsWithCheckout("README.md");
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            Revision start = history.start("r1");
            write("app.py", "import lib\n");
            history.commitInstruction("r1", 1, "Write app.", "Done.");

            UndoOutcome undone = history.undoLast("r1");

            assertThat(undone.restored()).isEqualTo(start);
            assertThat(workspace.resolve("app.py")).doesNotExist();
            assertThat(contents(workspace.resolve("vendor/lib"))).containsExactlyInAnyOrderEntriesOf(before);
        }
    }

    @Test
    void a_repository_the_run_nests_is_removed_while_the_one_nested_before_it_stays() throws Exception {
        Map<String, byte[]> before = theirsWithCheckout("README.md");
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            try (Git nested =
                    Git.init().setDirectory(workspace.resolve("sub").toFile()).call()) {
                write("sub/main.py", "print(1)\n");
            }

            Revision done = history.commitInstruction("r1", 1, "Write sub.", "Done.");

            assertThat(workspace.resolve("sub/.git")).doesNotExist();
            assertThat(mode(done.commit(), "sub/main.py")).isEqualTo(FileMode.REGULAR_FILE);
            assertThat(message(done.commit())).contains(Trailers.REMOVED_REPOSITORY + ": sub/.git");
            assertThat(contents(workspace.resolve("vendor/lib"))).containsExactlyInAnyOrderEntriesOf(before);
        }
    }

    @Test
    void an_instruction_commit_names_nothing_removed_when_there_was_no_nested_repository() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("sub/main.py", "print(1)\n");

            Revision done = history.commitInstruction("r1", 1, "Write sub.", "Done.");

            try (Git git = Git.open(workspace.toFile());
                    RevWalk walk = new RevWalk(git.getRepository())) {
                assertThat(walk.parseCommit(git.getRepository().resolve(done.commit()))
                                .getFullMessage())
                        .doesNotContain(Trailers.REMOVED_REPOSITORY);
            }
        }
    }

    /**
     * The user's repository with {@code file} (written now unless it exists) committed, and a checkout of another
     * repository at {@code vendor/lib} that it does not track; every byte of that checkout.
     */
    private Map<String, byte[]> theirsWithCheckout(String file) throws Exception {
        if (!Files.exists(workspace.resolve(file))) {
            write(file, "theirs\n");
        }
        try (Git git = Git.init().setDirectory(workspace.toFile()).call()) {
            git.add().addFilepattern(file).call();
            UserRepository.commitAsUser(git, "their work");
        }
        UserRepository.checkout(workspace.resolve("vendor/lib"), "util.py", "y = 2\n");
        return contents(workspace.resolve("vendor/lib"));
    }

    private String message(String commit) throws IOException {
        try (Git git = Git.open(workspace.toFile());
                RevWalk walk = new RevWalk(git.getRepository())) {
            return walk.parseCommit(git.getRepository().resolve(commit)).getFullMessage();
        }
    }

    private FileMode mode(String commit, String path) throws IOException {
        try (Git git = Git.open(workspace.toFile());
                RevWalk walk = new RevWalk(git.getRepository());
                TreeWalk entry = TreeWalk.forPath(
                        git.getRepository(),
                        path,
                        walk.parseCommit(git.getRepository().resolve(commit)).getTree())) {
            return entry == null ? FileMode.MISSING : entry.getFileMode(0);
        }
    }

    private void write(String path, String content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
