package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.l2mac.check.Checks;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.run.RecordsDeletedException;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a sandbox, a model's command that deletes the workspace's history or the run's record stops the run at
 * once with a message that says what was lost, that the run cannot be resumed and that the files are kept; never
 * the disk-fault message that promises a resume.
 */
class DeletedRecordsTest {

    private static final String DISK_FAULT_PROMISE = "Everything recorded before is kept";

    @TempDir
    Path workspace;

    private Machine machine(String command) throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(write(Map.of("notes.txt", "kept\n")))
                .thenCalls(raw("run_command", "{\"command\": \"" + command + "\"}"))
                .thenCalls(complete())
                .thenText("Done.");
        FileStore files = new DiskFileStore(workspace, Limits.DEFAULTS.maxFileBytes());
        ToolBox tools = ToolBox.codebase(
                files,
                new LocalProcessRunner(),
                ToolSettings.of(
                        Limits.DEFAULTS.viewMaxChars(),
                        Limits.DEFAULTS.toolOutputMaxChars(),
                        Limits.DEFAULTS.runTimeout(),
                        workspace),
                new Checks(List.of()));
        return Machine.builder(
                        model,
                        files,
                        tools,
                        OutputChecks.NONE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        Limits.DEFAULTS,
                        0.0,
                        Clock.systemUTC())
                .build();
    }

    private RecordsDeletedException runDeleting(String command) throws Exception {
        Machine machine = machine(command);
        return catchThrowableOfType(
                RecordsDeletedException.class,
                () -> machine.run(
                        new RunRequest(
                                Domain.CODEBASE,
                                "Write notes.",
                                Optional.of(PromptProgram.of(List.of("Write notes.txt."))),
                                workspace,
                                Map.of()),
                        event -> {}));
    }

    @Test
    void deleting_history_and_records_stops_the_run_saying_both_are_lost() throws Exception {
        RecordsDeletedException stopped = runDeleting("rm -rf .git .l2mac");

        assertThat(stopped).isNotNull();
        assertThat(stopped.getMessage())
                .contains(
                        "the workspace's git history",
                        "the run records",
                        "were deleted while the run was going on",
                        "cannot be resumed",
                        "the files in the workspace are kept",
                        "bubblewrap")
                .doesNotContain(DISK_FAULT_PROMISE);
        assertThat(workspace.resolve("notes.txt")).hasContent("kept");
        assertThatThrownBy(() -> machine("true").resume(workspace, Optional.empty(), event -> {}))
                .isInstanceOf(ResumeException.class)
                .hasMessageContaining("there is no run to resume");
    }

    @Test
    void deleting_the_history_alone_stops_the_run_and_a_resume_is_refused() throws Exception {
        RecordsDeletedException stopped = runDeleting("rm -rf .git");

        assertThat(stopped).isNotNull();
        assertThat(stopped.getMessage())
                .contains(
                        "the workspace's git history",
                        "was deleted",
                        "cannot be resumed",
                        "the files in the workspace are kept")
                .doesNotContain("run records", "this run's record")
                .doesNotContain(DISK_FAULT_PROMISE);
        assertThat(workspace.resolve("notes.txt")).hasContent("kept");
        assertThatThrownBy(() -> machine("true").resume(workspace, Optional.empty(), event -> {}))
                .isInstanceOf(ResumeException.class)
                .hasMessageContaining("cannot be resumed")
                .hasMessageContaining("git history");
    }

    @Test
    void deleting_the_run_folder_alone_names_this_runs_record() throws Exception {
        RecordsDeletedException stopped = runDeleting("rm -rf .l2mac/runs");

        assertThat(stopped).isNotNull();
        assertThat(stopped.getMessage())
                .contains("this run's record", "was deleted", "cannot be resumed")
                .doesNotContain("git history")
                .doesNotContain(DISK_FAULT_PROMISE);
    }
}
