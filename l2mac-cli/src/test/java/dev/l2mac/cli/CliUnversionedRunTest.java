package dev.l2mac.cli;

import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.run.RecordFormat;
import dev.l2mac.testing.FolderCopy;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace as written before the run record carried a format version (the fixture {@code unversioned-run}: a
 * run of two instructions stopped by a provider failure after the first; its workspace history is kept as
 * {@code out/git}, since a repository cannot hold a {@code .git} folder): it still lists, shows and resumes. A record
 * in a format newer than this version reads is refused with what to do.
 */
class CliUnversionedRunTest {
    private static final String RUN_ID = "20261205-022525-b5d9";

    @TempDir
    Path project;

    private LocalOpenAiServer server;
    private WorkspaceCommands commands;

    @BeforeEach
    void start() throws IOException, URISyntaxException {
        server = LocalOpenAiServer.start();
        commands = new WorkspaceCommands(project);
        FolderCopy.copy(Path.of(getClass().getResource("unversioned-run").toURI()), project);
        Files.move(project.resolve("out/git"), project.resolve("out/.git"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_unversioned_run_lists_with_its_status_and_progress() {
        assertThat(commands.run("runs")).isZero();

        assertThat(commands.output()
                        .lines()
                        .filter(line -> line.startsWith(RUN_ID))
                        .findFirst())
                .hasValueSatisfying(row -> assertThat(row).contains("model-failed", "1/2", "Write two files."));
    }

    @Test
    void an_unversioned_run_shows_each_instruction() {
        assertThat(commands.run("show", RUN_ID)).isZero();

        assertThat(commands.output())
                .contains("Run " + RUN_ID + " (codebase): model-failed")
                .contains("[1] completed  Write hello.txt.", "summary: Wrote hello.txt.")
                .contains("[2] failed  Write bye.txt.");
    }

    @Test
    void an_unversioned_run_resumes_where_it_stopped_and_its_record_then_carries_the_format() throws IOException {
        server.enqueue(
                toolCalls(new ToolCall(
                        "c3",
                        "write_files",
                        "{\"list_of_file_objects\": [{\"file_path\": \"bye.txt\", \"file_contents\": \"bye\\n\"}]}")),
                toolCalls(new ToolCall("c4", "sub_task_step_complete", "{}")),
                text("Wrote bye.txt."));

        int exit = resume();

        assertThat(exit).as(commands.errors()).isZero();
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().getFirst().bodyText())
                .contains("Write bye.txt.")
                .contains("Wrote hello.txt.");
        assertThat(commands.output()).contains("Resumed at instruction 2");
        assertThat(Files.readString(project.resolve("out/bye.txt"))).isEqualTo("bye\n");
        assertThat(Files.readString(runFile("run.json")))
                .contains("\"format\" : " + RecordFormat.CURRENT)
                .contains("\"status\" : \"completed\"");
    }

    @Test
    void a_run_json_in_a_newer_format_is_refused_with_what_to_do() throws IOException {
        Path runJson = runFile("run.json");
        Files.writeString(runJson, Files.readString(runJson).replaceFirst("\\{", "{\"format\": 99,"));

        assertThat(resume()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(commands.errors())
                .contains(
                        "record format 99",
                        "newer than this version of l2mac reads",
                        "use the newer l2mac that wrote it");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void an_event_log_in_a_newer_format_is_refused_with_what_to_do() throws IOException {
        Path events = runFile("events.jsonl");
        Files.writeString(events, Files.readString(events).replaceFirst("\\{", "{\"format\":99,"));

        assertThat(commands.run("show", RUN_ID)).isNotZero();
        assertThat(commands.errors()).contains("record format 99", "use the newer l2mac that wrote it");
    }

    private int resume() {
        return commands.run("resume", "--model", "gpt-4", "--base-url", server.baseUrl(), "--no-checks");
    }

    private Path runFile(String name) {
        return project.resolve("out/.l2mac/runs").resolve(RUN_ID).resolve(name);
    }
}
