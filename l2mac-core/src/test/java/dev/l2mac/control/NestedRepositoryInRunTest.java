package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.raw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository that the model's command nests in the workspace reaches the model as a check failure at the step's
 * end, the model removes it, and the instruction's commit holds the folder's files as ordinary files.
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

        RunResult result = MachineSetup.of(
                        model,
                        Domain.CODEBASE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        RunSettings.defaults(workspace).withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())))
                .assemble()
                .run(
                        new RunRequest(
                                Domain.CODEBASE,
                                "Write notes.",
                                Optional.of(PromptProgram.of(List.of("Write sub/notes.txt."))),
                                workspace,
                                Map.of()),
                        events::add);

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
