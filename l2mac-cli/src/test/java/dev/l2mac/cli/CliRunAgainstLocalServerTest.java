package dev.l2mac.cli;

import static dev.l2mac.cli.ChatScript.PLAN_TOOL;
import static dev.l2mac.cli.ChatScript.call;
import static dev.l2mac.cli.ChatScript.plan;
import static dev.l2mac.cli.ChatScript.write;
import static dev.l2mac.llm.openai.OpenAiReplies.error;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.llm.openai.OpenAiReplies;
import dev.l2mac.llm.provider.OpenAiDialect;
import dev.l2mac.testing.Pytest;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command, composition root and OpenAI-compatible adapter against a local server speaking the
 * chat-completions wire format: a whole run with a retried 429, a failing check corrected and a context overflow
 * recovered; and a run stopped by an authentication error.
 */
class CliRunAgainstLocalServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private Path project;
    private Path home;
    private LocalOpenAiServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = LocalOpenAiServer.start();
        project = Files.createDirectories(root.resolve("project"));
        home = Files.createDirectories(root.resolve("home"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void builds_a_checked_package_through_the_cli_with_a_retried_rate_limit_and_an_overflow() throws Exception {
        Requirements.require(Tool.PYTEST);
        Files.writeString(project.resolve("l2mac.yaml"), """
                limits:
                  context-window: 5000
                  reserve-tokens: 600
                run:
                  context_savings: none     # the scenario overflows by viewing a file it has just written
                """);
        server.enqueue(
                error(429, "requests", "rate_limit_exceeded", "Rate limit reached, try again in 1s")
                        .withHeader("Retry-After", "1"),
                toolCalls(plan("Write calc.add with tests.", "Write calc.stats.mean with tests.")),
                toolCalls(write(Map.of(
                        "calc/__init__.py",
                        "",
                        "calc/core.py",
                        "def add(a, b):\n    return a - b\n",
                        "tests/test_core.py",
                        "from calc.core import add\n\n\ndef test_add():\n" + "    assert add(2, 3) == 5\n"))),
                toolCalls(call("sub_task_step_complete", "{}")),
                toolCalls(write(Map.of("calc/core.py", "def add(a, b):\n    return a + b\n"))),
                toolCalls(call("sub_task_step_complete", "{}")),
                text("Built calc.add with tests."),
                toolCalls(write(Map.of("calc/data.py", bigTable()))),
                toolCalls(call("view_files", "{\"files\": [\"calc/data.py\"]}")),
                text("Wrote calc/data.py; calc/stats.py remains."),
                toolCalls(write(Map.of(
                        "calc/stats.py",
                        "def mean(xs):\n    return sum(xs) / len(xs)\n",
                        "tests/test_stats.py",
                        "from calc.stats import mean\n\n\ndef test_mean():\n" + "    assert mean([1, 2, 3]) == 2\n"))),
                toolCalls(call("sub_task_step_complete", "{}")),
                text("Added calc.stats.mean."));

        int exit = run(
                "codebase",
                "Write a calculator package.",
                "--model",
                "gpt-4",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                "out");

        assertThat(exit).as(stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(server.remainingReplies()).isZero();
        JsonNode planRequest = server.requests().get(1).body();
        assertThat(planRequest.get("tool_choice").toString())
                .isEqualTo("{\"type\":\"function\",\"function\":{\"name\":\"" + PLAN_TOOL + "\"}}");
        assertThat(server.requests().get(0).bodyText())
                .isEqualTo(server.requests().get(1).bodyText());
        assertThat(server.requests().get(10).bodyText())
                .contains("calc/stats.py remains")
                .doesNotContain("TABLE = [");
        assertThat(stdout())
                .contains(
                        "sandbox: ",
                        "Plan (2 instructions",
                        "[1/2]",
                        "[2/2]",
                        "retrying in 1.0 s",
                        "check pytest: failed",
                        "context full",
                        "Run completed");
        Path workspace = project.resolve("out");
        assertThat(workspace.resolve("calc/stats.py")).exists();
        assertThat(Pytest.run(workspace)).isZero();
        assertThat(Files.readString(onlyRun(workspace).resolve("events.jsonl")))
                .contains("\"type\":\"retry-scheduled\"", "\"type\":\"context-overflowed\"")
                .doesNotContain("sk-local-test");
    }

    @Test
    void stops_with_a_clear_message_when_the_provider_refuses_the_key() throws Exception {
        server.enqueue(
                error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: sk-local-test."));

        int exit = run(
                "codebase",
                "Write a calculator package.",
                "--model",
                "gpt-4",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                "out");

        assertThat(exit).isEqualTo(ExitCode.PROVIDER);
        assertThat(stderr())
                .contains("l2mac: ", "Incorrect API key", "check the API key")
                .doesNotContain("sk-local-test")
                .doesNotContain("Exception");
        assertThat(server.requests()).hasSize(1);
        JsonNode run = JSON.readTree(
                onlyRun(project.resolve("out")).resolve("run.json").toFile());
        assertThat(run.get("status").asText()).isEqualTo("model-failed");
        assertThat(run.toString()).doesNotContain("sk-local-test");
    }

    @Test
    void stops_before_a_request_that_could_cross_the_cost_budget_and_says_how_to_go_on() throws Exception {
        server.enqueue(toolCalls(plan("Write calc.add with tests.")));

        int exit = run(
                "codebase",
                "Write a calculator package.",
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                "out",
                "--max-cost",
                "0.01");

        assertThat(exit).as(stderr()).isEqualTo(ExitCode.BUDGET_REACHED);
        assertThat(server.requests()).isEmpty();
        assertThat(stderr())
                .contains(
                        "l2mac: budget reached",
                        "limits.max-cost-usd=$0.0100",
                        "spent so far: $0.0000",
                        "--max-cost",
                        "To go on where it stopped: l2mac resume ");
        assertThat(stdout()).contains("Model gpt-4o: 128,000-token context", "Run budget-reached");
        JsonNode run = JSON.readTree(
                onlyRun(project.resolve("out")).resolve("run.json").toFile());
        assertThat(run.get("status").asText()).isEqualTo("budget-reached");
    }

    @Test
    void a_request_budget_lets_exactly_that_many_requests_through() throws Exception {
        server.enqueue(
                toolCalls(plan("Write calc.add with tests.")),
                toolCalls(write(Map.of("calc/__init__.py", ""))),
                toolCalls(call("sub_task_step_complete", "{}")));

        int exit = run(
                "codebase",
                "Write a calculator package.",
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                "out",
                "--max-requests",
                "2",
                "--no-checks");

        assertThat(exit).as(stderr()).isEqualTo(ExitCode.BUDGET_REACHED);
        assertThat(server.requests()).hasSize(2);
        assertThat(project.resolve("out/calc/__init__.py")).exists();
    }

    @Test
    void streams_replies_showing_tool_calls_as_they_form_with_the_same_result() throws Exception {
        OpenAiDialect wire = new OpenAiDialect();
        Files.writeString(project.resolve("plan.yaml"), "- Write hello.txt.\n");
        server.enqueue(
                wire.streamedToolCalls(
                        List.of(write(Map.of("hello.txt", "Hello, " + "world ".repeat(600) + "\n"))),
                        new dev.l2mac.llm.Usage(900, 700)),
                wire.streamedToolCalls(List.of(call("sub_task_step_complete", "{}")), new dev.l2mac.llm.Usage(950, 5)),
                wire.streamedText(List.of("Wrote ", "hello.txt."), new dev.l2mac.llm.Usage(990, 4)));

        int exit = run(
                "codebase",
                "Say hello.",
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                "out",
                "--program",
                "plan.yaml",
                "--no-checks",
                "--stream");

        assertThat(exit).as(stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(server.requests())
                .allSatisfy(request ->
                        assertThat(request.body().path("stream").asBoolean()).isTrue());
        assertThat(stdout())
                .contains(
                        "  > write_files ...",
                        "  > sub_task_step_complete ...",
                        "tokens so far",
                        "2,840 prompt + 709 completion");
        assertThat(Files.readString(project.resolve("out/hello.txt"))).startsWith("Hello, world world");
        assertThat(Files.readString(onlyRun(project.resolve("out")).resolve("events.jsonl")))
                .doesNotContain("tool-call-forming", "reply-streaming");
    }

    @Test
    void a_hostile_model_neither_ends_the_run_nor_steers_the_terminal_nor_the_commit_message() throws Exception {
        String hostile = "\u001b]0;pwned\u0007\u001b[2J";
        String writeArguments = write(Map.of("hello.txt", "Hello\n")).arguments();
        server.enqueue(
                toolCalls(plan("Write hello.txt." + hostile)),
                OpenAiReplies.raw(200, "application/json", """
                        {"id": "x", "object": "chat.completion", "created": 1, "model": "gpt-4o",
                         "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant",
                           "tool_calls": [{"type": "function", "function": null},
                                          {"type": "function", "function": {"name": "write_files",
                                           "arguments": %s}}]}}],
                         "usage": {"prompt_tokens": "lots", "completion_tokens": -1}}""".formatted(writeArguments)),
                OpenAiReplies.raw(200, "application/json", "{\"choices\": [{\"message\": {\"content\": \"cut"),
                toolCalls(call("sub_task_step_complete", "{}")),
                text("Wrote hello.txt." + hostile));

        int exit = run(
                "codebase",
                "Say hello.",
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                "out",
                "--no-checks");

        assertThat(exit).as(stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(Files.readString(project.resolve("out/hello.txt"))).isEqualTo("Hello\n");
        assertThat(stdout())
                .contains("Write hello.txt.\\u001b]0;pwned\\u0007\\u001b[2J", "cannot be read")
                .doesNotContain("\u001b", "\u0007");
        try (org.eclipse.jgit.api.Git git =
                org.eclipse.jgit.api.Git.open(project.resolve("out").toFile())) {
            String message = git.log().setMaxCount(1).call().iterator().next().getFullMessage();
            assertThat(message).startsWith("Write hello.txt.\\u001b").doesNotContain("\u001b", "\u0007");
        }
    }

    private int run(String... args) {
        Invocation invocation = new Invocation(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("L2MAC_API_KEY", "sk-local-test"),
                project,
                home,
                RunLauncher::launch);
        return Main.execute(args, invocation);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path onlyRun(Path workspace) throws IOException {
        try (var runs = Files.list(workspace.resolve(".l2mac/runs"))) {
            List<Path> all = runs.toList();
            assertThat(all).hasSize(1);
            return all.getFirst();
        }
    }

    private static String bigTable() {
        return "TABLE = [\n"
                + IntStream.range(0, 250)
                        .mapToObj(i -> "    (" + i + ", " + (i * i) + "),")
                        .collect(Collectors.joining("\n"))
                + "\n]\n";
    }
}
