package dev.l2mac.cli;

import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code l2mac runs}, {@code show} and {@code undo} on a workspace a real two-instruction run wrote. */
class CliHistoryTest {
    @TempDir
    Path project;

    private LocalOpenAiServer server;
    private WorkspaceCommands commands;

    @BeforeEach
    void start() {
        server = LocalOpenAiServer.start();
        commands = new WorkspaceCommands(project);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void lists_the_runs_of_a_workspace_with_status_progress_and_task() throws IOException {
        String id = runTwoInstructions();

        assertThat(command("runs")).isZero();

        String table = output();
        assertThat(table).contains("ID", "STATUS", "DONE", "TOKENS", "COST", "TASK");
        assertThat(table.lines().filter(line -> line.startsWith(id)).findFirst())
                .hasValueSatisfying(row -> assertThat(row).contains("completed", "2/2", "Write two files."));
    }

    @Test
    void lists_a_run_that_stopped_without_finishing_as_interrupted() throws IOException {
        RunFolder stopped = RunFolder.create(workspace(), java.time.Clock.systemUTC());
        stopped.writeRun(
                RunManifest.started(stopped.id(), "codebase", "Crashed task.", "gpt-4", "bootstrap", Map.of()));

        assertThat(command("runs")).isZero();

        assertThat(output().lines()
                        .filter(line -> line.startsWith(stopped.id()))
                        .findFirst())
                .hasValueSatisfying(row -> assertThat(row).contains(RunsCommand.INTERRUPTED, "0/0", "Crashed task."));
    }

    @Test
    void says_so_when_a_workspace_has_no_runs() {
        assertThat(command("runs")).isZero();

        assertThat(output()).contains("No runs in");
    }

    @Test
    void shows_each_instruction_with_its_status_summary_and_the_files_its_commit_changed() throws IOException {
        String id = runTwoInstructions();

        assertThat(command("show", id)).isZero();

        assertThat(output())
                .contains("Run " + id + " (codebase): completed")
                .contains("[1] completed  Write hello.txt.", "summary: Wrote hello.txt.", "A hello.txt")
                .contains("[2] completed  Write bye.txt, change hello.txt.", "A bye.txt, M hello.txt");
    }

    @Test
    void undo_takes_back_the_last_instruction_and_then_the_one_before() throws IOException {
        String id = runTwoInstructions();

        assertThat(command("undo", id)).as(errors()).isZero();
        assertThat(output()).contains("Took back instruction 2 of run " + id, "D bye.txt", "M hello.txt");
        assertThat(workspace().resolve("bye.txt")).doesNotExist();
        assertThat(workspace().resolve("hello.txt")).hasContent("hi");

        assertThat(command("undo", id)).isZero();
        assertThat(workspace().resolve("hello.txt")).doesNotExist();
        assertThat(workspace().resolve(".l2mac/runs/" + id + "/events.jsonl")).exists();
    }

    @Test
    void undo_takes_back_files_the_machine_wrote_even_behind_a_gitignore_of_everything() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "- Hide everything, then write notes.txt.\n");
        server.enqueue(
                toolCalls(write("c1", ".gitignore", "*\\n"), write("c2", "notes.txt", "secret\\n")),
                toolCalls(complete("c3")),
                text("Wrote notes.txt behind a .gitignore."));
        assertThat(run("codebase", "Write hidden notes.", "--program", "plan.yaml"))
                .as(errors())
                .isZero();
        commands.forgetOutput();
        String id = RunFolder.latest(workspace()).orElseThrow().id();

        assertThat(command("undo", id)).as(errors()).isZero();

        assertThat(output()).contains("Took back instruction 1 of run " + id, "D .gitignore, D notes.txt");
        assertThat(workspace().resolve("notes.txt")).doesNotExist();
    }

    @Test
    void undo_of_an_instruction_that_recorded_no_change_says_nothing_was_restored_and_why() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "- Look at the project and change nothing.\n");
        server.enqueue(toolCalls(complete("c1")), text("Nothing needed changing."));
        assertThat(run("codebase", "Change nothing.", "--program", "plan.yaml"))
                .as(errors())
                .isZero();
        commands.forgetOutput();
        String id = RunFolder.latest(workspace()).orElseThrow().id();

        assertThat(command("undo", id)).as(errors()).isZero();

        assertThat(output())
                .contains("Took back instruction 1 of run " + id, UndoCommand.NOTHING_RECORDED)
                .doesNotContain("no files changed");
    }

    @Test
    void undo_refuses_when_the_workspace_was_edited_after_the_run() throws IOException {
        String id = runTwoInstructions();
        Files.writeString(workspace().resolve("bye.txt"), "edited by hand\n");

        int exit = command("undo", id);

        assertThat(exit).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(errors())
                .startsWith(Invocation.ERROR_PREFIX)
                .contains("has changes made after run " + id, "bye.txt")
                .doesNotContain("Exception");
        assertThat(workspace().resolve("bye.txt")).hasContent("edited by hand");
    }

    @Test
    void undo_names_a_run_that_does_not_exist() throws IOException {
        runTwoInstructions();

        assertThat(command("undo", "20260101-000000-beef")).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(errors()).contains("there is no run 20260101-000000-beef", "l2mac runs");
    }

    @Test
    void on_failure_rollback_returns_the_workspace_to_the_last_good_commit() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "- Write hello.txt.\n- Write bye.txt.\n");
        Files.writeString(project.resolve("l2mac.yaml"), "limits:\n  max-invalid-tool-calls: 0\n");
        server.enqueue(
                toolCalls(write("c1", "hello.txt", "hi\\n")),
                toolCalls(complete("c2")),
                text("Wrote hello.txt."),
                toolCalls(write("c3", "bye.txt", "bye\\n")),
                toolCalls(new ToolCall("c4", "no_such_tool", "{}")));

        int exit = run("codebase", "Write two files.", "--program", "plan.yaml", "--on-failure", "rollback");

        assertThat(exit).as(errors()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(workspace().resolve("hello.txt")).hasContent("hi");
        assertThat(workspace().resolve("bye.txt")).doesNotExist();
        assertThat(output()).contains("rolled back");
    }

    private String runTwoInstructions() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "- Write hello.txt.\n- Write bye.txt, change hello.txt.\n");
        server.enqueue(
                toolCalls(write("c1", "hello.txt", "hi\\n")),
                toolCalls(complete("c2")),
                text("Wrote hello.txt."),
                toolCalls(write("c3", "bye.txt", "bye\\n"), write("c4", "hello.txt", "hello\\n")),
                toolCalls(complete("c5")),
                text("Wrote bye.txt."));
        assertThat(run("codebase", "Write two files.", "--program", "plan.yaml"))
                .as(errors())
                .isZero();
        commands.forgetOutput();
        return RunFolder.latest(workspace()).orElseThrow().id();
    }

    private static ToolCall write(String id, String path, String content) {
        return new ToolCall(
                id,
                "write_files",
                "{\"list_of_file_objects\": [{\"file_path\": \"" + path + "\", \"file_contents\": \"" + content
                        + "\"}]}");
    }

    private static ToolCall complete(String id) {
        return new ToolCall(id, "sub_task_step_complete", "{}");
    }

    private Path workspace() {
        return commands.workspace();
    }

    private String output() {
        return commands.output();
    }

    private String errors() {
        return commands.errors();
    }

    private int run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--model", "gpt-4", "--base-url", server.baseUrl(), "--no-checks"));
        return command(args.toArray(String[]::new));
    }

    private int command(String... command) {
        return commands.run(command);
    }
}
