package dev.l2mac.cli;

import static dev.l2mac.cli.ChatScript.PLAN_TOOL;
import static dev.l2mac.cli.ChatScript.call;
import static dev.l2mac.cli.ChatScript.complete;
import static dev.l2mac.cli.ChatScript.write;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the command settles a codebase's stack, against a local chat-completions server: a task that names two stacks
 * is refused before any request, saying how to choose; a task that names none lets the model choose as it plans,
 * and the progress and {@code l2mac show} say which stack it chose.
 */
class CliStackChoiceTest {

    @TempDir
    Path root;

    private LocalCommand command;

    @BeforeEach
    void inAProject() throws IOException {
        command = new LocalCommand(
                Files.createDirectories(root.resolve("project")), Files.createDirectories(root.resolve("home")));
    }

    @Test
    void a_task_naming_two_stacks_is_refused_before_any_request() throws Exception {
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            int exit = run("codebase", "Port this Python script to Java", "--base-url", server.baseUrl());

            assertThat(exit).isEqualTo(ExitCode.USAGE);
            assertThat(server.requests()).isEmpty();
        }
        assertThat(command.stderr())
                .startsWith("l2mac: The task names more than one stack: python, java.")
                .contains("--stack python or --stack java");
        assertThat(root.resolve("project/out/.l2mac")).doesNotExist();
    }

    @Test
    void a_chosen_stack_settles_a_task_naming_two() throws Exception {
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(
                    toolCalls(call(PLAN_TOOL, "{\"steps\":[\"Write pom.xml.\"]}")),
                    toolCalls(complete()),
                    text("Nothing was needed."));

            int exit = run(
                    "codebase",
                    "Port this Python script to Java",
                    "--stack",
                    "java",
                    "--no-checks",
                    "--base-url",
                    server.baseUrl());

            assertThat(exit).as(command.stderr()).isEqualTo(ExitCode.SUCCESS);
            assertThat(server.requests().get(1).bodyText())
                    .contains("run_tests")
                    .doesNotContain("run_python_file");
        }
    }

    @Test
    void the_model_chooses_the_stack_of_a_task_naming_none_and_the_run_says_so() throws Exception {
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(
                    toolCalls(call(PLAN_TOOL, "{\"steps\":[\"Write the Counter class.\"],\"stack\":\"java\"}")),
                    toolCalls(write(Map.of("src/main/java/demo/Counter.java", "package demo;\n"))),
                    toolCalls(complete()),
                    text("Wrote demo.Counter."));

            int exit =
                    run("codebase", "A counter library that counts up", "--no-checks", "--base-url", server.baseUrl());

            assertThat(exit).as(command.stderr()).isEqualTo(ExitCode.SUCCESS);
            assertThat(server.requests().getFirst().bodyText().replaceAll("\\s", ""))
                    .contains("\"enum\":[\"python\",\"java\",\"typescript\",\"javascript\"]");
            assertThat(server.requests().get(1).bodyText())
                    .contains("src/test/java")
                    .doesNotContain("run_python_file", "pytest");
        }
        assertThat(command.stdout()).contains("in the java stack");
        command.clear();
        assertThat(command("show", runId(), "--workspace", "out")).isZero();
        assertThat(command.stdout()).contains("Stack: java");
    }

    @Test
    void a_stack_of_the_users_own_is_a_folder_the_flag_names() throws Exception {
        Path go = Files.createDirectories(root.resolve("project/stacks/go"));
        Files.writeString(go.resolve("stack.yaml"), "named_by: [golang]\nprompts: [system]\n");
        Files.writeString(go.resolve("system.txt"), "You write Go modules, tested with go test.\n");
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(
                    toolCalls(call(PLAN_TOOL, "{\"steps\":[\"Write go.mod.\"]}")),
                    toolCalls(complete()),
                    text("Nothing was needed."));

            int exit = run(
                    "codebase",
                    "A counter library in Golang",
                    "--stack",
                    "stacks/go",
                    "--no-checks",
                    "--base-url",
                    server.baseUrl());

            assertThat(exit).as(command.stderr()).isEqualTo(ExitCode.SUCCESS);
            assertThat(server.requests())
                    .allSatisfy(request ->
                            assertThat(request.bodyText()).contains("You write Go modules, tested with go test."));
            assertThat(server.requests().get(1).bodyText()).doesNotContain("run_python_file");
        }
        command.clear();
        assertThat(command("show", runId(), "--workspace", "out")).isZero();
        assertThat(command.stdout()).contains("Stack: go");
    }

    @Test
    void a_users_stack_offering_an_unknown_tool_is_refused_naming_it() throws Exception {
        Path broken = Files.createDirectories(root.resolve("project/stacks/rusty"));
        Files.writeString(broken.resolve("stack.yaml"), "tools: [write_files, run_cargo]\n");

        int exit = run("codebase", "A counter library", "--stack", "stacks/rusty", "--base-url", "http://127.0.0.1:9");

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(command.stderr())
                .contains("the stack rusty offers the unknown tool 'run_cargo'; the codebase tools are");
    }

    private String runId() throws IOException {
        try (Stream<Path> runs = Files.list(root.resolve("project/out/.l2mac/runs"))) {
            return runs.findFirst().orElseThrow().getFileName().toString();
        }
    }

    /** Runs a codebase command with the model and workspace every test uses. */
    private int run(String... args) {
        return command(Stream.concat(Stream.of(args), Stream.of("--model", "gpt-4", "--workspace", "out"))
                .toArray(String[]::new));
    }

    private int command(String... args) {
        return command.run(args);
    }
}
