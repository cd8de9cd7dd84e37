package dev.l2mac.cli;

import static dev.l2mac.llm.openai.OpenAiReplies.error;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code l2mac resume} against a local OpenAI-compatible server: a stopped run goes on without repeating itself. */
class CliResumeTest {
    @TempDir
    Path project;

    private LocalOpenAiServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        server = LocalOpenAiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void resumes_the_latest_run_after_a_provider_failure_asking_only_what_was_not_answered() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "- Write hello.txt.\n- Write bye.txt.\n");
        server.enqueue(
                toolCalls(new ToolCall(
                        "c1",
                        "write_files",
                        "{\"list_of_file_objects\": [{\"file_path\": \"hello.txt\", \"file_contents\": \"hi\\n\"}]}")),
                toolCalls(new ToolCall("c2", "sub_task_step_complete", "{}")),
                text("Wrote hello.txt."),
                error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided."));
        assertThat(run("codebase", "Write two files.", "--program", "plan.yaml"))
                .isEqualTo(ExitCode.PROVIDER);
        int askedBefore = server.requests().size();

        server.enqueue(
                toolCalls(new ToolCall(
                        "c3",
                        "write_files",
                        "{\"list_of_file_objects\": [{\"file_path\": \"bye.txt\", \"file_contents\": \"bye\\n\"}]}")),
                toolCalls(new ToolCall("c4", "sub_task_step_complete", "{}")),
                text("Wrote bye.txt."));
        int exit = run("resume");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(server.requests()).hasSize(askedBefore + 3);
        assertThat(server.requests().get(askedBefore).bodyText())
                .contains("Write bye.txt.")
                .contains("Wrote hello.txt.");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Resumed at instruction 2");
        assertThat(Files.readString(project.resolve("out/hello.txt"))).isEqualTo("hi\n");
        assertThat(Files.readString(project.resolve("out/bye.txt"))).isEqualTo("bye\n");
    }

    @Test
    void a_git_lock_it_did_not_leave_is_named_with_what_to_do_and_left_alone() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "- Write hello.txt.\n");
        server.enqueue(error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided."));
        assertThat(run("codebase", "Write a file.", "--program", "plan.yaml")).isEqualTo(ExitCode.PROVIDER);
        Path lock = Files.createFile(project.resolve("out/.git/index.lock"));
        err.reset();

        int exit = run("resume");

        assertThat(exit).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith(Invocation.ERROR_PREFIX + lock + " exists: another"
                        + " git process is using the repository of this workspace; wait for it to finish, or delete the file"
                        + " if no git process is running")
                .doesNotContain("unexpected failure")
                .doesNotContain("--verbose");
        assertThat(lock).exists();
    }

    @Test
    void says_there_is_nothing_to_resume_in_an_empty_workspace() {
        int exit = run("resume");

        assertThat(exit).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith(Invocation.ERROR_PREFIX)
                .contains("there is no run to resume")
                .doesNotContain("Exception");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void names_a_run_that_does_not_exist() {
        int exit = run("resume", "20260101-000000-beef");

        assertThat(exit).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no run 20260101-000000-beef");
    }

    private int run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--model", "gpt-4", "--base-url", server.baseUrl(), "--workspace", "out", "--no-checks"));
        Invocation invocation = new Invocation(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("L2MAC_API_KEY", "sk-local-test"),
                project,
                project.resolve("home"),
                RunLauncher::launch);
        return Main.execute(args.toArray(String[]::new), invocation);
    }
}
