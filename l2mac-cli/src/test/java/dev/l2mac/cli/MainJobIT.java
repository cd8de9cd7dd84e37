package dev.l2mac.cli;

import static dev.l2mac.cli.ChatScript.complete;
import static dev.l2mac.cli.ChatScript.plan;
import static dev.l2mac.cli.ChatScript.write;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.testing.Pytest;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job as a user runs it: {@code bin/l2mac codebase} on the packaged jar, against a local chat-completions
 * server, on this machine's own pylint, sandbox, pytest and Flask. The generated code imports Flask and pytest, which
 * pylint's interpreter may lack: the run must still complete with pylint run and passed, and the generated tests
 * must pass on their own.
 */
class MainJobIT {
    /** A whole run on a loaded machine: a JVM, two instructions, and the checks with their warm-up. */
    private static final long RUN_TIMEOUT_SECONDS = 300;

    private static final String APP = """
            from flask import Flask, jsonify, request

            app = Flask(__name__)


            @app.get("/health")
            def health():
                return jsonify(status="ok")
            """;
    private static final String ECHO = """


            @app.post("/echo")
            def echo():
                return jsonify(request.get_json())
            """;
    private static final String HEALTH_TEST = """
            import pytest

            from app import app


            @pytest.fixture
            def client():
                return app.test_client()


            def test_health(client):
                assert client.get("/health").get_json() == {"status": "ok"}
            """;
    private static final String ECHO_TEST = """
            import pytest

            from app import app


            @pytest.mark.parametrize("body", [{"a": 1}, {"words": ["x", "y"]}])
            def test_echo_returns_the_body(body):
                assert app.test_client().post("/echo", json=body).get_json() == body
            """;

    @TempDir
    Path root;

    @Test
    void builds_a_flask_service_with_tests_that_pylint_and_pytest_pass() throws Exception {
        List.of(Tool.PYTEST, Tool.FLASK, Tool.PYLINT, Tool.BUBBLEWRAP).forEach(Requirements::require);
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(
                    toolCalls(plan(
                            "Write app.py, a Flask app with GET /health, and its pytest tests.",
                            "Add POST /echo, which returns the JSON body it gets, with pytest tests.")),
                    toolCalls(write(Map.of(
                            "requirements.txt", "flask\npytest\n", "app.py", APP, "test_health.py", HEALTH_TEST))),
                    toolCalls(complete()),
                    text("app.py has the Flask app with GET /health; test_health.py tests it."),
                    toolCalls(write(Map.of("app.py", APP + ECHO, "test_echo.py", ECHO_TEST))),
                    toolCalls(complete()),
                    text("POST /echo added, tested in test_echo.py."));

            BinL2mac.Result run = launch(
                    server, "codebase", "Build a small Flask JSON service with pytest tests.", "--require-sandbox");

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(server.remainingReplies()).as(run.output()).isZero();
            assertThat(run.output())
                    .contains("sandbox: bubblewrap", "check pylint: passed", "check pytest: passed", "Run completed")
                    .doesNotContain(
                            "check pylint: failed",
                            "check pylint: unavailable",
                            "check pytest: failed",
                            "check pytest: unavailable");
            assertThat(occurrences(run.output(), "check pylint: passed")).isEqualTo(2);
        }
        Path workspace = root.resolve("out");
        assertThat(workspace.resolve("app.py")).content().contains("/echo");
        // Flask and pytest are installed for the code's interpreter: not even a note about them.
        assertThat(events(workspace)).contains("\"checker\":\"pylint\"").doesNotContain("environment:");
        assertThat(Pytest.run(workspace)).isZero();
    }

    private BinL2mac.Result launch(LocalOpenAiServer server, String... args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(root.resolve("home"));
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of(
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                root.resolve("out").toString()));
        return BinL2mac.run(home, home, Map.of(), RUN_TIMEOUT_SECONDS, command);
    }

    private static String events(Path workspace) throws IOException {
        try (var runs = Files.list(workspace.resolve(".l2mac/runs"))) {
            return Files.readString(runs.findFirst().orElseThrow().resolve("events.jsonl"));
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
