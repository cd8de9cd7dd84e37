package dev.l2mac.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.Usage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    @Test
    void reads_each_instructions_status_summary_checks_and_commit_from_the_log() throws Exception {
        RunFolder folder = RunFolder.create(workspace, CLOCK);
        try (EventLog log = new EventLog(folder.eventsFile(), CLOCK)) {
            log.on(new RunEvent.RunStarted(folder.id(), "codebase", "Make a tool.", "gpt-4"));
            log.on(new RunEvent.ProgramReady(List.of("Write a.", "Write b.", "Write c."), "bootstrap"));
            log.on(new RunEvent.InstructionStarted(1, 3, "Write a."));
            log.on(new RunEvent.ResponseReceived("", List.of(), new Usage(100, 20), FinishReason.STOP));
            log.on(new RunEvent.CheckReported("pytest", CheckOutcome.FAILED, "1 failed"));
            log.on(new RunEvent.CheckReported("pytest", CheckOutcome.PASSED, ""));
            log.on(new RunEvent.InstructionCompleted(1, "Wrote a."));
            log.on(new RunEvent.InstructionCommitted(1, "abc", "def"));
            log.on(new RunEvent.InstructionStarted(2, 3, "Write b."));
            log.on(new RunEvent.ResponseReceived("", List.of(), new Usage(50, 5), FinishReason.STOP));
            log.on(new RunEvent.InstructionFailed(2, "instruction 2 failed: too many turns"));
            log.on(new RunEvent.WorkspaceRolledBack(2, "abc"));
        }
        folder.writeRun(RunManifest.started(folder.id(), "codebase", "Make a tool.", "gpt-4", "bootstrap", Map.of())
                .finished(
                        RunStatus.FAILED,
                        "instruction 2 failed: too many turns",
                        new RunManifest.Finish(1, 150, 25, 2, 0.0)));

        RunRecord run = RunRecord.read(folder);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.instructionsCompleted()).isEqualTo(1);
        assertThat(run.promptTokens() + run.completionTokens())
                .as("summed from the replies without spend events")
                .isEqualTo(175);
        assertThat(run.started()).contains(Instant.parse("2026-03-04T05:06:07Z"));
        assertThat(run.instructions())
                .extracting(RunRecord.InstructionRecord::status)
                .containsExactly(RunRecord.Status.COMPLETED, RunRecord.Status.ROLLED_BACK, RunRecord.Status.PENDING);
        RunRecord.InstructionRecord first = run.instructions().getFirst();
        assertThat(first.summary()).isEqualTo("Wrote a.");
        assertThat(first.checks())
                .extracting(RunEvent.CheckReported::outcome)
                .containsExactly(CheckOutcome.FAILED, CheckOutcome.PASSED);
        assertThat(first.commit()).contains("abc");
        assertThat(run.instructions().get(1).reason()).contains("too many turns");
        assertThat(run.instructions().get(1).commit()).isEqualTo(Optional.empty());
    }

    @Test
    void a_run_that_stopped_before_recording_anything_reads_as_running_with_no_program() throws Exception {
        RunFolder folder = RunFolder.create(workspace, CLOCK);

        RunRecord run = RunRecord.read(folder);

        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.instructions()).isEmpty();
        assertThat(run.lastActivity()).isEmpty();
    }
}
