package dev.l2mac.cli;

import static dev.l2mac.cli.ChatScript.call;
import static dev.l2mac.cli.ChatScript.plan;
import static dev.l2mac.cli.ChatScript.write;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.testing.Requirements;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile model, through the real command and a real sandbox, reaches for the key in the {@code --config} file
 * outside the home: it runs {@code cat} on it, and a failing command check names it with a {@code ../} path. The
 * canary key reaches no request, no file of the run and no output.
 */
class CliKeepsSettingsFromTheModelTest {

    private static final String CANARY = "sk-canary-e2e-0123456789";

    private Path root;
    private Path project;
    private Path config;
    private LocalOpenAiServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        // Outside /tmp, which every sandbox replaces anyway, and outside the home.
        root = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "e2e-keys-");
        project = Files.createDirectories(root.resolve("project"));
        server = LocalOpenAiServer.start();
        config = Files.createDirectories(root.resolve("elsewhere")).resolve("custom.yaml");
        Files.writeString(config, """
                llm:
                  api_key: %s
                run:
                  command_checks:
                    - name: leak
                      command: [sh, -c, "echo '../../elsewhere/custom.yaml:2:3: error: see the key'; exit 1"]
                """.formatted(CANARY));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    void the_config_key_reaches_neither_the_model_nor_the_run_folder_nor_the_output() throws Exception {
        Sandbox sandbox = Sandboxes.detected();
        Requirements.require(
                sandbox instanceof Sandbox.Bubblewrap,
                () -> "a bubblewrap sandbox, so generated code" + " is not confined (" + sandbox.describe()
                        + "); apt-get install bubblewrap");
        server.enqueue(
                toolCalls(plan("Write notes.txt.")),
                toolCalls(
                        call("run_command", "{\"command\": \"cat " + config + "; cat ../../elsewhere/custom.yaml\"}")),
                toolCalls(write(Map.of("notes.txt", "notes\n"))),
                toolCalls(call("sub_task_step_complete", "{}")),
                text("Done."));

        int exit = run(
                "codebase",
                "Write notes.",
                "--config",
                config.toString(),
                "--model",
                "gpt-4o",
                "--base-url",
                server.baseUrl(),
                "--workspace",
                "out",
                "--require-sandbox",
                "--max-requests",
                "5");

        assertThat(server.requests()).as(err.toString(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(server.requests().get(2).bodyText()).contains("cat " + config);
        assertThat(server.requests().get(4).bodyText()).contains("see the key");
        assertThat(server.requests())
                .allSatisfy(request -> assertThat(request.bodyText()).doesNotContain(CANARY));
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .doesNotContain(CANARY);
        try (Stream<Path> files = Files.walk(project.resolve("out/.l2mac/runs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(CANARY);
            }
        }
        assertThat(exit).isNotNegative();
    }

    private int run(String... args) {
        Invocation invocation = new Invocation(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                project,
                root.resolve("home"),
                RunLauncher::launch);
        return Main.execute(args, invocation);
    }
}
