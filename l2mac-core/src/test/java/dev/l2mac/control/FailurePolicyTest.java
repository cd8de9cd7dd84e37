package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.history.WorkspaceHistory;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.run.RecordedEvents;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.run.RunStatus;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.OnFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failed instruction leaves in the workspace: with {@code rollback} the workspace is exactly the last good
 * commit, and a resume does the instruction again from its start; with {@code keep} its changes stay.
 */
class FailurePolicyTest {
    /** No round of correction: the first failing check fails the instruction. */
    private static final Limits NO_CORRECTIONS =
            Limits.builder().maxCorrectionRounds(0).build();

    @TempDir
    Path dir;

    @Test
    void rollback_leaves_the_workspace_exactly_as_the_last_good_commit() throws IOException {
        Path workspace = dir.resolve("ws");
        RunResult result = failSecondInstruction(workspace, OnFailure.ROLLBACK);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(CrashScenario.files(workspace)).containsOnlyKeys("a.py");
        assertThat(workspace.resolve("b.py")).doesNotExist();
        assertThat(workspace.resolve("a.py")).hasContent("x = 1");
        List<String> trees = CrashScenario.commitTrees(workspace);
        assertThat(trees).as("the workspace as found and instruction 1").hasSize(2);
        List<RunEvent> events = events(workspace);
        assertThat(events)
                .filteredOn(RunEvent.WorkspaceRolledBack.class::isInstance)
                .singleElement()
                .extracting(e -> ((RunEvent.WorkspaceRolledBack) e).number())
                .isEqualTo(2);
        assertThat(events.getLast())
                .as("the run records survive the rollback")
                .isInstanceOf(RunEvent.RunFinished.class);
    }

    @Test
    void keep_leaves_the_failed_instructions_changes_for_inspection() throws IOException {
        Path workspace = dir.resolve("ws");
        failSecondInstruction(workspace, OnFailure.KEEP);

        assertThat(workspace.resolve("a.py")).hasContent("x = 2");
        assertThat(workspace.resolve("b.py")).exists();
        assertThat(CrashScenario.commitTrees(workspace)).hasSize(2);
        assertThat(events(workspace)).noneMatch(RunEvent.WorkspaceRolledBack.class::isInstance);
    }

    @Test
    void a_resume_does_a_rolled_back_instruction_again_from_its_start() throws IOException {
        Path workspace = dir.resolve("ws");
        failSecondInstruction(workspace, OnFailure.ROLLBACK);
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(write(Map.of("b.py", "y = 2\n")))
                .thenCalls(complete())
                .thenText("Wrote b.");

        RunResult resumed = CrashScenario.machine(
                        workspace, model, dir.resolve("executions"), Limits.DEFAULTS, OnFailure.ROLLBACK)
                .resume(workspace, Optional.empty(), RunListener.NONE);

        assertThat(resumed.reason()).isEmpty();
        assertThat(model.remainingSteps()).isZero();
        assertThat(model.requests())
                .as("instruction 2 asked afresh, nothing of its failed attempt served")
                .hasSize(3);
        assertThat(workspace.resolve("a.py")).hasContent("x = 1");
        assertThat(workspace.resolve("b.py")).hasContent("y = 2");
        assertThat(CrashScenario.commitTrees(workspace)).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void refuses_to_resume_a_run_whose_instruction_was_undone() throws IOException {
        Path workspace = dir.resolve("ws");
        failSecondInstruction(workspace, OnFailure.ROLLBACK);
        String runId = RunFolder.latest(workspace).orElseThrow().id();
        try (WorkspaceHistory history = WorkspaceHistory.existing(workspace, java.time.Clock.systemUTC())
                .orElseThrow()) {
            history.undoLast(runId);
        }

        assertThatThrownBy(() -> CrashScenario.machine(workspace, new ScriptedLlm("gpt-4"), dir.resolve("x"))
                        .resume(workspace, Optional.empty(), RunListener.NONE))
                .isInstanceOf(ResumeException.class)
                .hasMessageContaining("l2mac undo");
    }

    /** Instruction 1 completes; instruction 2 changes a.py, writes a bug into b.py and fails its check. */
    private RunResult failSecondInstruction(Path workspace, OnFailure policy) {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(write(Map.of("a.py", "x = 1\n")))
                .thenCalls(complete())
                .thenText("Wrote a.")
                .thenCalls(write(Map.of("a.py", "x = 2\n", "b.py", "y = '" + CrashScenario.BUG + "'\n")))
                .thenCalls(complete());
        RunRequest request = new RunRequest(
                Domain.CODEBASE,
                "Write a and b.",
                Optional.of(PromptProgram.of(List.of("Write a.", "Write b."))),
                workspace,
                Map.of());
        RunResult result = CrashScenario.machine(workspace, model, dir.resolve("executions"), NO_CORRECTIONS, policy)
                .run(request, RunListener.NONE);
        assertThat(model.remainingSteps()).isZero();
        return result;
    }

    private static List<RunEvent> events(Path workspace) throws IOException {
        return RecordedEvents.read(RunFolder.latest(workspace).orElseThrow().eventsFile())
                .all();
    }
}
