package dev.l2mac.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceHistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    @Test
    void creates_a_repository_that_ignores_the_run_records_in_a_new_workspace() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            write(".l2mac/runs/r1/events.jsonl", "{}\n");
            write("a.py", "x = 1\n");
            Revision start = history.start("r1");
            assertThat(files(start.commit())).containsOnlyKeys("a.py");
        }
        assertThat(workspace.resolve(".gitignore"))
                .as("the workspace holds the output only")
                .doesNotExist();
        assertThat(Files.readString(workspace.resolve(".git/info/exclude"))).contains("/.l2mac/", "__pycache__/");
        try (Git git = Git.open(workspace.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo(WorkspaceHistory.INITIAL_BRANCH);
        }
    }

    @Test
    void excludes_the_run_records_of_an_existing_repository_without_touching_its_files_or_history() throws Exception {
        RevCommit theirs;
        try (Git git = Git.init().setDirectory(workspace.toFile()).call()) {
            write(".gitignore", "*.log\n");
            write("README.md", "theirs\n");
            git.add().addFilepattern(".").call();
            theirs = git.commit()
                    .setMessage("their commit")
                    .setAuthor("Ann", "ann@example.com")
                    .setCommitter("Ann", "ann@example.com")
                    .setSign(false)
                    .call();
        }
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            write(".l2mac/lock", "held");
            assertThat(history.start("r1").commit())
                    .as("a clean repository needs no commit of its own")
                    .isEqualTo(theirs.getName());
            write("a.py", "x = 1\n");
            Revision done = history.commitInstruction("r1", 1, "Write a.", "Wrote a.py.");
            assertThat(parent(done.commit())).isEqualTo(theirs.getName());
            assertThat(files(done.commit())).containsOnlyKeys(".gitignore", "README.md", "a.py");
        }
        assertThat(Files.readString(workspace.resolve(".gitignore"))).isEqualTo("*.log\n");
        assertThat(Files.readString(workspace.resolve(".git/info/exclude"))).contains("/.l2mac/");
    }

    @Test
    void commits_the_written_output_that_a_gitignore_of_everything_hides_and_names_it() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write(".gitignore", "*\n");
            write("app.py", "x = 1\n");
            write("made_by_a_command.txt", "not the machine's\n");
            write(".l2mac/runs/r1/events.jsonl", "{}\n");
            Revision done = history.commitInstruction(
                    "r1",
                    1,
                    "Write app.",
                    "Done.",
                    java.util.Set.of(".gitignore", "app.py", ".l2mac/runs/r1/events.jsonl", "gone.py"));

            assertThat(files(done.commit())).containsOnlyKeys(".gitignore", "app.py");
            assertThat(commit(done.commit()).getFullMessage())
                    .contains("L2mac-Committed-Despite-Ignore: .gitignore", "L2mac-Committed-Despite-Ignore: app.py")
                    .doesNotContain("made_by_a_command");
            write("app.py", "x = 2\n");
            Revision next = history.commitInstruction("r1", 2, "Change app.", "Done.", java.util.Set.of());
            assertThat(files(next.commit())).containsEntry("app.py", "x = 2\n");
        }
        try (Git git = Git.open(workspace.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    @Test
    void never_commits_the_run_records_even_when_a_gitignore_says_otherwise() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write(".gitignore", "*.log\n!.l2mac/\n");
            write(".l2mac/runs/r1/events.jsonl", "{}\n");
            Revision done = history.commitInstruction("r1", 1, "Rewrite the ignores.", "Done.");
            assertThat(files(done.commit())).containsOnlyKeys(".gitignore");
            write("stray.py", "x = 1\n");
            history.rollBack();
            assertThat(workspace.resolve(".l2mac/runs/r1/events.jsonl"))
                    .as("never removed by a rollback")
                    .exists();
            assertThat(workspace.resolve("stray.py")).doesNotExist();
        }
    }

    @Test
    void never_commits_nor_rolls_back_the_link_to_the_installed_npm_packages() throws Exception {
        write(".l2mac/deps/node/node_modules/is-number/index.js", "module.exports = 1;\n");
        Files.createSymbolicLink(workspace.resolve("node_modules"), Path.of(".l2mac/deps/node/node_modules"));
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            write("index.js", "require('is-number');\n");
            Revision done = history.commitInstruction("r1", 1, "Write index.js.", "Done.");
            assertThat(files(done.commit())).containsOnlyKeys("index.js");
            assertThat(history.hasChanges()).isFalse();
            history.rollBack();
        }
        assertThat(Files.isSymbolicLink(workspace.resolve("node_modules")))
                .as("kept by the rollback")
                .isTrue();
    }

    @Test
    void commits_uncommitted_files_found_at_the_start_so_that_nothing_before_the_run_can_be_lost() throws Exception {
        try (Git git = Git.init().setDirectory(workspace.toFile()).call()) {
            write("notes.txt", "one\n");
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("notes")
                    .setAuthor("Ann", "ann@example.com")
                    .setSign(false)
                    .call();
        }
        write("notes.txt", "two\n");
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            Revision start = history.start("r1");
            assertThat(files(start.commit())).containsEntry("notes.txt", "two\n");
            assertThat(history.hasChanges()).isFalse();
        }
    }

    @Test
    void commits_an_instruction_with_its_text_summary_author_and_the_clock_time() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("a.py", "x = 1\n");
            Revision done = history.commitInstruction("r1", 1, "Write a.", "Wrote a.py.");
            RevCommit commit = commit(done.commit());
            assertThat(commit.getFullMessage())
                    .startsWith("Write a.\n\nWrote a.py.\n")
                    .contains("L2mac-Run: r1", "L2mac-Instruction: 1");
            assertThat(commit.getAuthorIdent().getName()).isEqualTo("l2mac");
            assertThat(commit.getCommitterIdent().getEmailAddress()).isEqualTo("l2mac@localhost");
            assertThat(commit.getCommitterIdent().getWhenAsInstant()).isEqualTo(CLOCK.instant());
            assertThat(done.tree()).isEqualTo(commit.getTree().getName());
        }
    }

    @Test
    void a_commit_message_made_from_a_hostile_plan_step_holds_no_control_characters() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("a.py", "x = 1\n");
            Revision done = history.commitInstruction(
                    "r1", 1, "Write a.\u001b]0;pwned\u0007\u001b[2J", "Wrote\u009b a.py.\u202e");
            String message = commit(done.commit()).getFullMessage();
            assertThat(message.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e)))
                    .as(message)
                    .isEmpty();
            assertThat(message)
                    .startsWith("Write a.\\u001b]0;pwned\\u0007\\u001b[2J\n\nWrote\\u009b a.py." + "\\u202e\n")
                    .contains("L2mac-Instruction: 1");
        }
    }

    @Test
    void the_same_steps_at_the_same_times_make_the_same_commits() throws Exception {
        Path other = workspace.resolve("other");
        Path first = workspace.resolve("first");
        assertThat(steps(first).commit()).isEqualTo(steps(other).commit());
    }

    private Revision steps(Path root) throws IOException {
        try (WorkspaceHistory history = WorkspaceHistory.open(root, CLOCK)) {
            history.start("r1");
            Files.writeString(root.resolve("a.py"), "x = 1\n");
            return history.commitInstruction("r1", 1, "Write a.", "Wrote a.py.");
        }
    }

    @Test
    void does_not_commit_an_instruction_twice_when_its_commit_is_the_latest() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("a.py", "x = 1\n");
            Revision first = history.commitInstruction("r1", 1, "Write a.", "Wrote a.py.");
            Revision again = history.commitInstruction("r1", 1, "Write a.", "Wrote a.py.");
            assertThat(again).isEqualTo(first);
            Revision next = history.commitInstruction("r1", 2, "Look.", "Looked.");
            assertThat(next.commit())
                    .as("an instruction that changed nothing still gets its commit")
                    .isNotEqualTo(first.commit());
            assertThat(next.tree()).isEqualTo(first.tree());
        }
    }

    @Test
    void rolls_back_to_the_latest_commit_restoring_changed_files_and_removing_new_ones() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("a.py", "x = 1\n");
            write("keep/b.py", "y = 1\n");
            Revision good = history.commitInstruction("r1", 1, "Write a and b.", "Done.");
            write("pkg/__pycache__/a.cpython-312.pyc", "cache");
            Map<String, String> before = workspaceFiles();
            write("a.py", "x = 'broken'\n");
            Files.delete(workspace.resolve("keep/b.py"));
            write("new/deep/c.py", "z = 1\n");
            write("d.py", "w = 1\n");
            write(".l2mac/runs/r1/events.jsonl", "{}\n");

            Revision restored = history.rollBack();

            assertThat(restored).isEqualTo(good);
            assertThat(workspaceFiles()).isEqualTo(before);
            assertThat(workspace.resolve("new")).doesNotExist();
            assertThat(workspace.resolve(".l2mac/runs/r1/events.jsonl")).hasContent("{}");
            assertThat(workspace.resolve("pkg/__pycache__/a.cpython-312.pyc")).exists();
        }
    }

    @Test
    void undo_restores_the_workspace_exactly_as_the_commit_before_the_last_instruction() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("a.py", "x = 1\n");
            write("b.py", "y = 1\n");
            Revision one = history.commitInstruction("r1", 1, "Write a and b.", "Done.");
            Map<String, String> afterOne = workspaceFiles();
            write("a.py", "x = 2\n");
            Files.delete(workspace.resolve("b.py"));
            write("e/f.py", "v = 1\n");
            Revision two = history.commitInstruction("r1", 2, "Change a, drop b, add e/f.", "Done.");

            UndoOutcome undo = history.undoLast("r1");

            assertThat(undo.instruction()).isEqualTo(2);
            assertThat(undo.restored()).isEqualTo(one);
            assertThat(undo.undo().tree()).isEqualTo(one.tree());
            assertThat(parent(undo.undo().commit()))
                    .as("history is added to, not rewritten")
                    .isEqualTo(two.commit());
            assertThat(workspaceFiles()).isEqualTo(afterOne);
            assertThat(workspace.resolve("e")).doesNotExist();
            assertThat(undo.changes()).extracting(FileChange::describe).containsExactly("M a.py", "A b.py", "D e/f.py");
            assertThat(history.hasChanges()).isFalse();
        }
    }

    @Test
    void undo_repeated_takes_back_earlier_instructions_until_none_is_left() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            write("mine.txt", "before the run\n");
            Revision start = history.start("r1");
            write("a.py", "x = 1\n");
            history.commitInstruction("r1", 1, "Write a.", "Done.");
            write("b.py", "y = 1\n");
            history.commitInstruction("r1", 2, "Write b.", "Done.");

            assertThat(history.undoLast("r1").instruction()).isEqualTo(2);
            UndoOutcome first = history.undoLast("r1");

            assertThat(first.instruction()).isEqualTo(1);
            assertThat(first.undo().tree()).isEqualTo(start.tree());
            assertThat(workspaceFiles()).containsOnlyKeys("mine.txt");
            assertThatThrownBy(() -> history.undoLast("r1"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("no instruction left to undo");
        }
    }

    @Test
    void undo_refuses_when_the_workspace_changed_after_the_run() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("a.py", "x = 1\n");
            history.commitInstruction("r1", 1, "Write a.", "Done.");
            write("a.py", "x = 'edited by hand'\n");

            assertThatThrownBy(() -> history.undoLast("r1"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("has changes made after run r1")
                    .hasMessageContaining("a.py");
            assertThat(workspace.resolve("a.py")).hasContent("x = 'edited by hand'");
        }
    }

    @Test
    void undo_refuses_when_commits_were_made_after_the_run() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("a.py", "x = 1\n");
            history.commitInstruction("r1", 1, "Write a.", "Done.");
            write("b.py", "y = 1\n");
            try (Git git = Git.open(workspace.toFile())) {
                git.add().addFilepattern(".").call();
                git.commit()
                        .setMessage("mine")
                        .setAuthor("Ann", "ann@example.com")
                        .setSign(false)
                        .call();
            }
            assertThatThrownBy(() -> history.undoLast("r1"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("commits were made after run r1")
                    .hasMessageContaining("\"mine\"");
            assertThat(workspace.resolve("b.py")).exists();
        }
    }

    @Test
    void undo_refuses_a_run_that_made_no_commit() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            write("a.py", "x = 1\n");
            history.start("r1");
            assertThatThrownBy(() -> history.undoLast("r2"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("run r2 made no commit");
            assertThatThrownBy(() -> history.undoLast("r1"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("no instruction left to undo");
        }
    }

    @Test
    void lists_the_files_each_commit_changed() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            write("a.py", "x = 1\n");
            write("b.py", "y = 1\n");
            history.commitInstruction("r1", 1, "Write a and b.", "Done.");
            write("a.py", "x = 2\n");
            Files.delete(workspace.resolve("b.py"));
            write("c.py", "z = 1\n");
            Revision two = history.commitInstruction("r1", 2, "Change.", "Done.");

            assertThat(history.changedFiles(two.commit()))
                    .extracting(FileChange::describe)
                    .containsExactly("M a.py", "D b.py", "A c.py");
        }
    }

    private void write(String path, String content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Map<String, String> workspaceFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(workspace)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String relative = workspace.relativize(file).toString();
                if (!relative.startsWith(".git/") && !relative.startsWith(".l2mac/")) {
                    files.put(relative, Files.readString(file));
                }
            }
        }
        return files;
    }

    private RevCommit commit(String id) throws IOException {
        try (Git git = Git.open(workspace.toFile());
                RevWalk walk = new RevWalk(git.getRepository())) {
            return walk.parseCommit(git.getRepository().resolve(id));
        }
    }

    private String parent(String id) throws IOException {
        return commit(id).getParent(0).getName();
    }

    private Map<String, String> files(String commit) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Git git = Git.open(workspace.toFile());
                org.eclipse.jgit.treewalk.TreeWalk walk = new org.eclipse.jgit.treewalk.TreeWalk(git.getRepository())) {
            walk.addTree(commit(commit).getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                files.put(
                        walk.getPathString(),
                        new String(git.getRepository().open(walk.getObjectId(0)).getBytes()));
            }
        }
        return files;
    }

    @SuppressWarnings("unused")
    private static String head(Git git) throws IOException {
        return git.getRepository().resolve(Constants.HEAD).getName();
    }
}
