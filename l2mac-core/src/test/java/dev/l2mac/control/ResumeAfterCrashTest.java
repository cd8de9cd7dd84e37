package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.run.RecordedEvents;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.run.RunStatus;
import dev.l2mac.settings.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run stops after every single event of the crash scenario in turn (the event is recorded, then the process
 * stops acting), and is resumed: each resumed run completes with the uninterrupted run's files, asks the model only
 * what its log does not hold, and executes no tool call twice.
 */
class ResumeAfterCrashTest {
    private static Map<String, String> reference;
    private static List<String> referenceTrees;
    private static int events;

    @TempDir
    Path dir;

    @BeforeAll
    static void runUninterrupted(@TempDir Path dir) throws IOException {
        Path workspace = dir.resolve("reference");
        ScriptedLlm model = CrashScenario.model(0);
        RunResult result = CrashScenario.machine(workspace, model, dir.resolve("executions"))
                .run(CrashScenario.request(workspace), RunListener.NONE);
        assertThat(result.reason()).isEmpty();
        assertThat(model.remainingSteps()).isZero();
        reference = CrashScenario.files(workspace);
        referenceTrees = CrashScenario.commitTrees(workspace);
        events = RecordedEvents.read(RunFolder.latest(workspace).orElseThrow().eventsFile())
                .all()
                .size();
    }

    @Test
    void the_scenario_is_long_enough_for_a_hundred_stop_points() {
        assertThat(events).isGreaterThanOrEqualTo(100);
        assertThat(reference).containsOnlyKeys("c.py", "d.py", "e/f.py", "g.py");
        assertThat(referenceTrees)
                .as("the workspace as found, then one commit per instruction")
                .hasSize(6)
                .doesNotHaveDuplicates();
    }

    @Test
    void resumes_to_the_same_outcome_after_a_stop_at_every_event() throws IOException {
        for (int stopAfter = 1; stopAfter < events; stopAfter++) {
            Path workspace = dir.resolve("stop-" + stopAfter);
            Path executions = dir.resolve("executions-" + stopAfter);
            stopAfter(workspace, executions, stopAfter);

            int answered = CrashScenario.answered(workspace);
            ScriptedLlm rest = CrashScenario.model(answered);
            RunResult resumed = CrashScenario.machine(workspace, rest, executions)
                    .resume(workspace, Optional.empty(), RunListener.NONE);

            assertThat(resumed.reason()).as("stop after event %d", stopAfter).isEmpty();
            assertThat(rest.remainingSteps())
                    .as("answers left after stop %d", stopAfter)
                    .isZero();
            assertThat(rest.requests())
                    .as("requests after stop %d", stopAfter)
                    .hasSize(CrashScenario.script().size() - answered);
            assertThat(CrashScenario.files(workspace))
                    .as("files after stop %d", stopAfter)
                    .isEqualTo(reference);
            assertThat(CrashScenario.commitTrees(workspace))
                    .as("commit trees after stop %d", stopAfter)
                    .isEqualTo(referenceTrees);
            assertThat(duplicates(executions))
                    .as("repeated executions after stop %d", stopAfter)
                    .isEmpty();
        }
    }

    @Test
    void a_resumed_run_records_where_it_continued_and_reads_back_as_one_path() throws IOException {
        Path workspace = dir.resolve("marker");
        stopAfter(workspace, dir.resolve("executions"), 40);
        CrashScenario.machine(
                        workspace, CrashScenario.model(CrashScenario.answered(workspace)), dir.resolve("executions"))
                .resume(workspace, Optional.empty(), RunListener.NONE);

        RecordedEvents recorded =
                RecordedEvents.read(RunFolder.latest(workspace).orElseThrow().eventsFile());
        assertThat(recorded.all())
                .filteredOn(RunEvent.RunResumed.class::isInstance)
                .singleElement()
                .isEqualTo(new RunEvent.RunResumed(40, 2));
        assertThat(recorded.path()).hasSize(events);
        assertThat(RunFolder.latest(workspace)
                        .orElseThrow()
                        .readCheckpoint()
                        .orElseThrow()
                        .path("instructionsCompleted")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void commits_an_instruction_once_when_the_crash_came_between_its_commit_and_its_event() throws IOException {
        Path workspace = dir.resolve("unrecorded-commit");
        Path executions = dir.resolve("executions");
        RunListener stopper = event -> {
            if (event instanceof RunEvent.InstructionCommitted committed && committed.number() == 2) {
                throw new Stop();
            }
        };
        assertThatThrownBy(() -> CrashScenario.machine(workspace, CrashScenario.model(0), executions)
                        .run(CrashScenario.request(workspace), stopper))
                .isInstanceOf(Stop.class);
        Path log = RunFolder.latest(workspace).orElseThrow().eventsFile();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines.getLast()).contains("instruction-committed");
        Files.write(log, lines.subList(0, lines.size() - 1));

        ScriptedLlm rest = CrashScenario.model(CrashScenario.answered(workspace));
        RunResult resumed = CrashScenario.machine(workspace, rest, executions)
                .resume(workspace, Optional.empty(), RunListener.NONE);

        assertThat(resumed.reason()).isEmpty();
        assertThat(CrashScenario.commitTrees(workspace)).isEqualTo(referenceTrees);
        assertThat(duplicates(executions)).isEmpty();
    }

    @Test
    void a_resume_that_finds_a_git_lock_it_did_not_leave_names_the_file_and_goes_on_once_it_is_gone()
            throws IOException {
        Path workspace = dir.resolve("foreign-lock");
        Path executions = dir.resolve("executions");
        stopAfter(workspace, executions, 60);
        Path lock = Files.createFile(workspace.resolve(".git/index.lock"));

        assertThatThrownBy(() -> CrashScenario.machine(workspace, CrashScenario.model(0), executions)
                        .resume(workspace, Optional.empty(), RunListener.NONE))
                .isInstanceOf(dev.l2mac.history.HistoryException.class)
                .hasMessage(lock + " exists: another git process is using the repository of this workspace; wait for"
                        + " it to finish, or delete the file if no git process is running, then run again (l2mac"
                        + " resume continues a run that stopped)");
        assertThat(lock).as("someone else's lock is never touched").exists();

        Files.delete(lock);
        ScriptedLlm rest = CrashScenario.model(CrashScenario.answered(workspace));
        RunResult resumed = CrashScenario.machine(workspace, rest, executions)
                .resume(workspace, Optional.empty(), RunListener.NONE);
        assertThat(resumed.reason()).isEmpty();
        assertThat(CrashScenario.files(workspace)).isEqualTo(reference);
        assertThat(CrashScenario.commitTrees(workspace)).isEqualTo(referenceTrees);
    }

    @Test
    void continues_with_a_higher_budget_after_a_budget_stop() throws IOException {
        Path workspace = dir.resolve("budget");
        Path executions = dir.resolve("executions");
        ScriptedLlm model = CrashScenario.model(0);
        RunResult stopped = CrashScenario.machine(workspace, model, executions, Limits.DEFAULTS.withBudget(0, 0, 10))
                .run(CrashScenario.request(workspace), RunListener.NONE);
        assertThat(stopped.status()).isEqualTo(RunStatus.BUDGET_REACHED);

        ScriptedLlm rest = CrashScenario.model(model.requests().size());
        RunResult resumed = CrashScenario.machine(workspace, rest, executions, Limits.DEFAULTS.withBudget(0, 0, 40))
                .resume(workspace, Optional.empty(), RunListener.NONE);

        assertThat(resumed.reason()).isEmpty();
        assertThat(rest.remainingSteps()).isZero();
        assertThat(CrashScenario.files(workspace)).isEqualTo(reference);
        assertThat(CrashScenario.commitTrees(workspace)).isEqualTo(referenceTrees);
        assertThat(duplicates(executions)).isEmpty();
    }

    @Test
    void refuses_to_resume_a_completed_run() {
        Path workspace = dir.resolve("done");
        CrashScenario.machine(workspace, CrashScenario.model(0), dir.resolve("executions"))
                .run(CrashScenario.request(workspace), RunListener.NONE);

        assertThatThrownBy(() -> CrashScenario.machine(workspace, CrashScenario.model(0), dir.resolve("x"))
                        .resume(workspace, Optional.empty(), RunListener.NONE))
                .isInstanceOf(ResumeException.class)
                .hasMessageContaining("already completed");
    }

    @Test
    void refuses_to_resume_when_there_is_no_run() {
        assertThatThrownBy(() -> CrashScenario.machine(dir, CrashScenario.model(0), dir.resolve("x"))
                        .resume(dir, Optional.empty(), RunListener.NONE))
                .isInstanceOf(ResumeException.class)
                .hasMessageContaining("there is no run to resume");
    }

    @Test
    void refuses_to_resume_a_run_whose_path_the_settings_no_longer_lead_to() throws IOException {
        Path workspace = dir.resolve("diverged");
        stopAfter(workspace, dir.resolve("executions"), 30);
        Limits noCorrections = Limits.builder().maxCorrectionRounds(0).build();

        assertThatThrownBy(
                        () -> CrashScenario.machine(workspace, CrashScenario.model(0), dir.resolve("x"), noCorrections)
                                .resume(workspace, Optional.empty(), RunListener.NONE))
                .isInstanceOf(ResumeException.class)
                .hasMessageContaining("cannot be resumed faithfully");
    }

    /** Runs the scenario until {@code count} events are recorded, then stops acting, as a killed process would. */
    static void stopAfter(Path workspace, Path executions, int count) {
        int[] seen = {0};
        RunListener stopper = event -> {
            if (!(event instanceof RunEvent.ContextWindow) && ++seen[0] == count) {
                throw new Stop();
            }
        };
        assertThatThrownBy(() -> CrashScenario.machine(workspace, CrashScenario.model(0), executions)
                        .run(CrashScenario.request(workspace), stopper))
                .isInstanceOf(Stop.class);
    }

    static List<String> duplicates(Path executions) throws IOException {
        if (!Files.exists(executions)) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        return Files.readAllLines(executions).stream()
                .filter(line -> !seen.add(line))
                .toList();
    }

    /** Stands for the process being killed right after an event was recorded. */
    static final class Stop extends RuntimeException {
        Stop() {
            super("stopped", null, false, false);
        }
    }
}
