package dev.l2mac.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.testing.UserRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartingPointTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    @Test
    void names_the_files_changed_since_the_start_in_commits_and_in_the_work_tree_but_not_ignored_ones()
            throws Exception {
        write("kept.py", "x = 1\n");
        write("edited.py", "y = 1\n");
        write("gone.py", "z = 1\n");
        write("committed.py", "w = 1\n");
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            StartingPoint start =
                    new StartingPoint(workspace, history.start("r1").commit(), history.users());
            write("committed.py", "w = 2\n");
            history.commitInstruction("r1", 1, "Edit.", "Edited.");
            write("edited.py", "y = 2\n");
            write("pkg/new.py", "v = 1\n");
            write("__pycache__/edited.cpython-312.pyc", "cache");
            write(".l2mac/runs/r1/events.jsonl", "{}\n");
            Files.delete(workspace.resolve("gone.py"));

            assertThat(start.hasFiles()).isTrue();
            assertThat(start.changedFiles()).containsExactly("committed.py", "edited.py", "gone.py", "pkg/new.py");
        }
    }

    @Test
    void copies_the_files_as_the_run_found_them_elsewhere(@TempDir Path copy) throws Exception {
        write("app/main.py", "print('before')\n");
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            StartingPoint start =
                    new StartingPoint(workspace, history.start("r1").commit(), history.users());
            write("app/main.py", "print('after')\n");
            write("app/extra.py", "x = 1\n");

            start.copyTo(copy);

            assertThat(Files.readString(copy.resolve("app/main.py"))).isEqualTo("print('before')\n");
            assertThat(copy.resolve("app/extra.py")).doesNotExist();
            assertThat(copy.resolve(".git")).doesNotExist();
        }
    }

    @Test
    void a_new_workspace_starts_from_a_commit_without_files() {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            StartingPoint start =
                    new StartingPoint(workspace, history.start("r1").commit(), history.users());

            assertThat(start.hasFiles()).isFalse();
        }
    }

    @Test
    void a_current_commit_git_cannot_read_is_built_on_by_committing_the_workspace_as_found_and_said_once()
            throws Exception {
        write("pkg/mod.py", "x = 1\n");
        write("main.py", "import pkg.mod\n");
        RevCommit theirs;
        try (Git git = Git.init().setDirectory(workspace.toFile()).call()) {
            git.add().addFilepattern(".").call();
            theirs = UserRepository.commitAsUser(git, "their work");
        }
        UserRepository.corruptObjectOf(workspace, "pkg");
        List<String> warnings = new ArrayList<>();
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {

            Revision start = history.start("r1", warnings::add);

            assertThat(start.commit()).isNotEqualTo(theirs.getName());
            assertThat(warnings)
                    .singleElement()
                    .asString()
                    .startsWith("git could not read the current commit " + theirs.getName())
                    .contains("the workspace as found was committed anew as where this run begins");
            try (Git git = Git.open(workspace.toFile());
                    RevWalk walk = new RevWalk(git.getRepository())) {
                RevCommit made = walk.parseCommit(ObjectId.fromString(start.commit()));
                assertThat(made.getParent(0)).isEqualTo(theirs);
            }
        }
    }

    private void write(String file, String content) throws Exception {
        Path path = workspace.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
