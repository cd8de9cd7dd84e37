package dev.l2mac.cli;

import static dev.l2mac.llm.openai.OpenAiReplies.error;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code l2mac eval} as a user runs it: a two-problem data file in HumanEval's format, answered by a local
 * OpenAI-compatible server with one right and one wrong completion, scored by running the tests for real.
 */
class CliEvalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA = """
            {"task_id": "Demo/0", "prompt": "def double(x):\\n", "entry_point": "double", \
            "canonical_solution": "    return 2 * x\\n", \
            "test": "def check(candidate):\\n    assert candidate(3) == 6\\n"}
            {"task_id": "Demo/1", "prompt": "def negate(x):\\n", "entry_point": "negate", \
            "canonical_solution": "    return -x\\n", \
            "test": "def check(candidate):\\n    assert candidate(3) == -3\\n"}
            """;

    @TempDir
    Path project;

    private Path home;
    private LocalOpenAiServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = LocalOpenAiServer.start();
        home = Files.createDirectories(project.resolve("home"));
        Files.writeString(project.resolve("demo.jsonl"), DATA);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void evaluates_direct_completions_and_writes_the_reports() throws Exception {
        Requirements.require(Tool.PYTHON3);
        server.enqueue(text("```python\n    return 2 * x\n```"), text("```python\ndef negate(x):\n    return x\n```"));

        int exit = run(
                "eval",
                "humaneval",
                "--data",
                "demo.jsonl",
                "--method",
                "direct",
                "--parallel",
                "1",
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--output",
                "reports");

        assertThat(exit).as(stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(stdout())
                .contains(
                        "Evaluating humaneval with gpt-4o (direct): 2 problems",
                        "2/2  passed 1",
                        "pass@1: 50.0%",
                        "Solved 1 of 2 problems.");
        assertThat(server.requests().getFirst().bodyText()).contains("def double(x):");
        Path folder;
        try (var folders = Files.list(project.resolve("reports"))) {
            folder = folders.toList().getFirst();
        }
        assertThat(folder.getFileName().toString()).startsWith("humaneval-direct-");
        JsonNode report = JSON.readTree(folder.resolve("report.json").toFile());
        assertThat(report.at("/problems/0/samples/0/verdict").asText()).isEqualTo("passed");
        assertThat(report.at("/problems/1/samples/0/verdict").asText()).isEqualTo("failed");
        assertThat(report.at("/problems/1/samples/0/detail").asText()).contains("AssertionError");
        assertThat(folder.resolve("report.md")).exists();
        assertThat(folder.resolve("chart.png")).exists();
    }

    @Test
    void exits_with_the_provider_code_when_the_model_wrote_nothing() {
        server.enqueue(unauthorized(), unauthorized());

        int exit = run(
                "eval",
                "humaneval",
                "--data",
                "demo.jsonl",
                "--method",
                "direct",
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--output",
                "reports");

        assertThat(exit).isEqualTo(ExitCode.PROVIDER);
        assertThat(stderr()).contains("l2mac: the model wrote no candidate at all", "API key");
    }

    @Test
    void says_where_to_find_the_data_when_none_is_given() {
        int exit = run("eval", "mbpp+", "--model", "gpt-4o", "--base-url", server.baseUrl());

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("l2mac: no benchmark data given", "--data", "docs/evaluation.md");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void refuses_an_unknown_problem_id_before_asking_the_model() {
        int exit = run(
                "eval",
                "humaneval",
                "--data",
                "demo.jsonl",
                "--problems",
                "Demo/9",
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl());

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("no problem Demo/9");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void refuses_pass_at_k_above_the_samples_drawn() {
        int exit = run("eval", "humaneval", "--data", "demo.jsonl", "--pass-at", "1,10", "--model", "gpt-4o");

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("within [1, samples=1]", "--samples");
    }

    @Test
    void scores_an_existing_codebase_with_the_judge() throws Exception {
        Files.writeString(project.resolve("task.txt"), "Greeter.\n- [ ] Greets by name.\n- [ ] Says goodbye.\n");
        Path code = Files.createDirectories(project.resolve("code"));
        Files.writeString(code.resolve("app.py"), "def greet(name):\n    return 'Hello ' + name\n");
        server.enqueue(
                text("{\"features\": [{\"id\": 1, \"implemented\": true}, " + "{\"id\": 2, \"implemented\": false}]}"));

        int exit = run(
                "eval",
                "design",
                "--task",
                "task.txt",
                "--score",
                "code",
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--output",
                "reports");

        assertThat(exit).as(stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(stdout()).contains("2 features on the checklist", "Features implemented: 50.0%");
        assertThat(server.lastRequest().bodyText()).contains("1. Greets by name.", "### app.py");
    }

    @Test
    void refuses_a_task_without_a_feature_checklist() throws Exception {
        Files.writeString(project.resolve("task.txt"), "Build a greeter.\n");

        int exit = run("eval", "design", "--task", "task.txt", "--model", "gpt-4o", "--base-url", server.baseUrl());

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("no feature checklist");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void scores_an_existing_codebase_against_a_devbench_task_s_acceptance_tests() throws Exception {
        Requirements.require(Tool.PYTHON3);
        Path task = Files.createDirectories(project.resolve("task/acceptance_tests"));
        Files.writeString(
                project.resolve("task/repo_config.json"),
                "{\"PRD\": \"PRD.md\", \"language\": \"python\", " + "\"acceptance_tests\": \"acceptance_tests\"}");
        Files.writeString(project.resolve("task/PRD.md"), "A module mod with double(x).");
        Files.writeString(
                task.resolve("test_mod.py"),
                "import mod\n\n\ndef test_double():\n"
                        + "    assert mod.double(2) == 4\n\n\ndef test_negative():\n    assert mod.double(-1) == -2\n");
        Path code = Files.createDirectories(project.resolve("code"));
        Files.writeString(code.resolve("mod.py"), "def double(x):\n    return x + 2\n");

        int exit = run("eval", "devbench", "--task", "task", "--score", "code", "--output", "reports");

        assertThat(exit).as(stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(stdout()).contains("1 of 2 acceptance tests passed");
        assertThat(code.resolve("acceptance_tests")).doesNotExist();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void lists_the_benchmarks_when_none_is_chosen() {
        int exit = run("eval");

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(stderr()).contains("humaneval, humaneval+, mbpp+, design, devbench");
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

    private static LocalOpenAiServer.Reply unauthorized() {
        return error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided.");
    }
}
