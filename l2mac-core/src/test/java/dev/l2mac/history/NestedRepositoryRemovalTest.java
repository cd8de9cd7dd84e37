package dev.l2mac.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    void a_repository_the_workspace_held_before_the_run_stays_as_it_was_recorded() throws Exception {
        try (Git nested =
                Git.init().setDirectory(workspace.resolve("lib").toFile()).call()) {
            write("lib/util.py", "y = 2\n");
            nested.add().addFilepattern(".").call();
            nested.commit()
                    .setMessage("lib")
                    .setAuthor("Ann", "ann@example.com")
                    .setSign(false)
                    .call();
        }
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("app.py", "import lib\n");

            Revision done = history.commitInstruction("r1", 1, "Write app.", "Done.");

            assertThat(mode(done.commit(), "lib")).isEqualTo(FileMode.GITLINK);
            assertThat(workspace.resolve("lib/.git/HEAD")).exists();
            assertThat(mode(done.commit(), "app.py")).isEqualTo(FileMode.REGULAR_FILE);
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
