package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.llm.openai.OpenAiReplies;
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

/**
 * Bad input that only the real launcher sees (program and prompt files, tool names), each stopped with one clear
 * line, exit code 2, no request sent and nothing written into the workspace.
 */
class CliBadInputTest {
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
    void malformed_program_file_names_the_file_and_line() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "- Write the models.\n- [unclosed\n");

        assertUsageError(List.of("--program", "plan.yaml"), "plan.yaml", "line 2");
    }

    @Test
    void empty_program_file_is_refused() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "[]\n");

        assertUsageError(List.of("--program", "plan.yaml"), "plan.yaml");
    }

    @Test
    void prompts_file_with_an_unknown_prompt_names_it() throws IOException {
        Files.writeString(project.resolve("pack.yaml"), "sistem: You write code.\n");

        assertUsageError(List.of("--prompts", "pack.yaml"), "sistem");
    }

    @Test
    void prompts_file_with_an_unknown_placeholder_names_it() throws IOException {
        Files.writeString(project.resolve("pack.yaml"), "checks_failed: Fix {{problems}}\n");

        assertUsageError(List.of("--prompts", "pack.yaml"), "problems");
    }

    @Test
    void unknown_tool_name_lists_the_valid_ones() {
        assertUsageError(List.of("--tools", "view_files,rm_rf"), "rm_rf", "write_files");
    }

    @Test
    void unknown_check_language_names_the_setting_and_the_valid_ones() {
        assertUsageError(List.of("--checks", "python,cobol"), "run.languages", "cobol", "java");
    }

    @Test
    void unknown_stack_names_the_setting_and_the_stacks() {
        assertUsageError(List.of("--stack", "cobol"), "run.stack", "cobol", "python, java, typescript, javascript");
    }

    @Test
    void verbose_shows_every_context_window_as_sent() throws IOException {
        Files.writeString(project.resolve("plan.yaml"), "- Say hello in hello.txt.\n");
        server.enqueue(
                OpenAiReplies.toolCalls(new dev.l2mac.llm.ToolCall("c1", "sub_task_step_complete", "{}")),
                OpenAiReplies.text("Nothing was needed."));

        int exit = run(List.of("--program", "plan.yaml", "--verbose", "--no-checks"));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "---- context window (2 messages) ----",
                        "[system]",
                        "[user]",
                        "Say hello in hello.txt.",
                        "[tool sub_task_step_complete]");
    }

    private void assertUsageError(List<String> options, String... mentions) {
        int exit = run(options);

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(stderr).isEqualTo(ExitCode.USAGE);
        assertThat(stderr)
                .startsWith(Invocation.ERROR_PREFIX)
                .contains(mentions)
                .doesNotContain("Exception");
        assertThat(server.requests()).isEmpty();
        assertThat(project.resolve("out/.l2mac/runs")).doesNotExist();
    }

    private int run(List<String> options) {
        List<String> args = new ArrayList<>(List.of(
                "codebase",
                "Write a calculator.",
                "--model",
                "gpt-4",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                "out"));
        args.addAll(options);
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
