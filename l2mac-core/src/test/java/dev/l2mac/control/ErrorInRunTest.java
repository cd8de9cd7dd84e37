package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RecordedEvents;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.run.RunRecord;
import dev.l2mac.run.RunStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An {@link Error} inside a run (injected here, never provoked) ends it as failed, never left "running". */
class ErrorInRunTest {
    @TempDir
    Path dir;

    private RunRequest request(Path workspace) {
        return new RunRequest(
                Domain.CODEBASE, "Write a.", Optional.of(PromptProgram.of(List.of("Write a."))), workspace, Map.of());
    }

    @Test
    void running_out_of_memory_ends_the_run_as_failed_with_advice_and_resume_continues_it() throws IOException {
        Path workspace = dir.resolve("ws");
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(write(Map.of("a.py", "x = 1\n")))
                .then(request -> {
                    throw new OutOfMemoryError("Java heap space");
                });

        RunResult result = CrashScenario.machine(workspace, model, dir.resolve("executions"))
                .run(request(workspace), RunListener.NONE);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason())
                .contains("ran out of memory (java.lang.OutOfMemoryError: Java heap space)")
                .contains("L2MAC_JAVA_OPTS=-Xmx4g")
                .contains("l2mac resume " + result.runId());
        RunFolder folder = RunFolder.existing(workspace, result.runId());
        RunRecord record = RunRecord.read(folder);
        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.reason()).isEqualTo(result.reason());
        assertThat(RecordedEvents.read(folder.eventsFile()).all().getLast())
                .isInstanceOfSatisfying(RunEvent.RunFinished.class, finished -> {
                    assertThat(finished.status()).isEqualTo(RunStatus.FAILED);
                    assertThat(finished.reason()).contains("ran out of memory");
                });

        ScriptedLlm again = new ScriptedLlm("gpt-4")
                .thenCalls(write(Map.of("a.py", "x = 1\n")))
                .thenCalls(complete())
                .thenText("Wrote a.");
        RunResult resumed = CrashScenario.machine(workspace, again, dir.resolve("executions-2"))
                .resume(workspace, Optional.of(result.runId()), RunListener.NONE);

        assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(workspace.resolve("a.py")).hasContent("x = 1");
        assertThat(RunRecord.read(folder).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void another_error_is_recorded_as_a_failure_and_then_thrown() throws IOException {
        Path workspace = dir.resolve("ws");
        ScriptedLlm model = new ScriptedLlm("gpt-4").then(request -> {
            throw new InternalError("broken");
        });

        assertThatThrownBy(() -> CrashScenario.machine(workspace, model, dir.resolve("executions"))
                        .run(request(workspace), RunListener.NONE))
                .isInstanceOf(InternalError.class);

        RunRecord record = RunRecord.read(RunFolder.latest(workspace).orElseThrow());
        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.reason())
                .contains("internal error (java.lang.InternalError: broken)")
                .contains("l2mac resume");
    }
}
