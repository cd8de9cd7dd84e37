package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.write;
import static dev.l2mac.testing.UserRepository.contents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import dev.l2mac.testing.UserRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository that the model's command nests in the workspace reaches the model as a check failure at the step's
 * end, the model removes it, and the instruction's commit holds the folder's files as ordinary files; one the user's
 * repository held before the run began is left exactly as it was.
 */
class NestedRepositoryInRunTest {

    private static final String PLANT = "{\"command\": \"mkdir -p sub/.git && printf '[core]\\\\n\\\\tfsmonitor = touch"
            + " ../owned\\\\n' > sub/.git/config && echo hello > sub/notes.txt\"}";

    @TempDir
    Path workspace;

    @Test
    void the_model_is_told_to_remove_a_nested_repository_and_the_commit_holds_its_files() throws Exception {
        List<String> seen = new ArrayList<>();
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(raw("run_command", PLANT))
                .thenCalls(complete())
                .thenAnswer(request -> {
                    seen.add(MachineEndToEndTest.lastUserText(request));
                    return MachineEndToEndTest.reply(raw("run_command", "{\"command\": \"rm -rf sub/.git\"}"));
                })
                .thenCalls(complete())
                .thenText("Wrote sub/notes.txt.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = ScriptedRun.of(model, workspace, "Write sub/notes.txt.", events);

        assertThat(result.completed()).isTrue();
        assertThat(seen.getFirst())
                .startsWith("The checks found problems")
                .contains("nested-repositories: failed with 1 problem", "sub/.git: error:", "rm -rf 'sub/.git'");
        assertThat(events)
                .filteredOn(e ->
                        e instanceof RunEvent.CheckReported c && c.checker().equals("nested-repositories"))
                .extracting(e -> ((RunEvent.CheckReported) e).outcome())
                .containsExactly(CheckOutcome.FAILED);
        String commit = events.stream()
                .filter(RunEvent.InstructionCommitted.class::isInstance)
                .map(e -> ((RunEvent.InstructionCommitted) e).commit())
                .findFirst()
                .orElseThrow();
        assertThat(mode(commit, "sub/notes.txt")).isEqualTo(FileMode.REGULAR_FILE);
        assertThat(workspace.resolve("sub/.git")).doesNotExist();
        assertThat(workspace.resolve("owned")).doesNotExist();
    }

    @Test
    void a_repository_nested_before_the_run_began_is_not_reported_removed_or_committed() throws Exception {
        try (Git theirs = Git.init().setDirectory(workspace.toFile()).call()) {
            Files.writeString(workspace.resolve("README.md"), "theirs\n");
            theirs.add().addFilepattern("README.md").call();
            UserRepository.commitAsUser(theirs, "their work");
        }
        UserRepository.checkout(workspace.resolve("vendor/lib"), "util.py", "y = 2\n");
        Map<String, byte[]> before = contents(workspace.resolve("vendor/lib"));
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(write(Map.of("notes.txt", "hello\n")))
                .thenCalls(complete())
                .thenText("Wrote notes.txt.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = ScriptedRun.of(model, workspace, "Write notes.txt.", events);

        assertThat(result.completed()).isTrue();
        assertThat(events)
                .filteredOn(RunEvent.CheckReported.class::isInstance)
                .extracting(e -> ((RunEvent.CheckReported) e).outcome())
                .doesNotContain(CheckOutcome.FAILED);
        assertThat(events)
                .filteredOn(RunEvent.HistoryStarted.class::isInstance)
                .singleElement()
                .extracting(e -> ((RunEvent.HistoryStarted) e).nestedRepositories())
                .isEqualTo(List.of("vendor/lib/.git"));
        String commit = events.stream()
                .filter(RunEvent.InstructionCommitted.class::isInstance)
                .map(e -> ((RunEvent.InstructionCommitted) e).commit())
                .findFirst()
                .orElseThrow();
        assertThat(mode(commit, "notes.txt")).isEqualTo(FileMode.REGULAR_FILE);
        assertThat(mode(commit, "vendor/lib")).isEqualTo(FileMode.MISSING);
        assertThat(contents(workspace.resolve("vendor/lib"))).containsExactlyInAnyOrderEntriesOf(before);
    }

    private FileMode mode(String commit, String path) throws Exception {
        try (Git git = Git.open(workspace.toFile());
                RevWalk walk = new RevWalk(git.getRepository());
                TreeWalk entry = TreeWalk.forPath(
                        git.getRepository(),
                        path,
                        walk.parseCommit(git.getRepository().resolve(commit)).getTree())) {
            return entry == null ? FileMode.MISSING : entry.getFileMode(0);
        }
    }
}
