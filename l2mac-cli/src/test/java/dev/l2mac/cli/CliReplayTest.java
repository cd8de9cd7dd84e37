package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.run.RunFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code l2mac replay} on a small recording in the reference's legacy format: the same progress and event log as a
 * live run, the report printed and written into the run folder, and clear refusals of unusable input.
 */
class CliReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private Path log;
    private Path task;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws IOException {
        task = Files.writeString(root.resolve("description.txt"), "Write a hello-world Flask app.");
        log = root.resolve("responses.json");
    }

    private int replay(String... more) {
        Invocation invocation = new Invocation(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                root,
                root.resolve("home"),
                (settings, domain, text, o, e) -> {
                    throw new AssertionError("replay must not launch a live run");
                });
        List<String> args = new java.util.ArrayList<>(
                List.of("replay", log.toString(), "--task-file", task.toString(), "--no-checks"));
        args.addAll(List.of(more));
        return Main.execute(args.toArray(String[]::new), invocation);
    }

    private void record(ObjectNode... entries) throws IOException {
        ArrayNode all = JSON.createArrayNode();
        Stream.of(entries).forEach(all::add);
        Files.writeString(log, all.toString());
    }

    private static ObjectNode call(String name, String arguments, long promptTokens) {
        ObjectNode entry = JSON.createObjectNode().put("model", "gpt-4");
        ObjectNode choice = entry.putArray("choices").addObject().put("finish_reason", "function_call");
        choice.putObject("message")
                .put("role", "assistant")
                .putNull("content")
                .putObject("function_call")
                .put("name", name)
                .put("arguments", arguments);
        entry.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", 20);
        return entry;
    }

    private static ObjectNode text(String content, long promptTokens) {
        ObjectNode entry = JSON.createObjectNode().put("model", "gpt-4");
        entry.putArray("choices")
                .addObject()
                .put("finish_reason", "stop")
                .putObject("message")
                .put("role", "assistant")
                .put("content", content);
        entry.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", 10);
        return entry;
    }

    private static ObjectNode failure() {
        return JSON.createObjectNode().put("error", "InvalidRequestError");
    }

    private void recordOneInstructionWithAnOverflow(ObjectNode... after) throws IOException {
        List<ObjectNode> entries = new java.util.ArrayList<>(List.of(
                call("provide_detailed_sub_task_steps_for_sub_agents", "{\"steps\": [\"1. Write app.py.\"]}", 900),
                call(
                        "write_files",
                        "{\"files_and_contents\": [{\"file_path\": \"app.py\", "
                                + "\"file_contents\": \"print('hi')\"}]}",
                        1000),
                failure(),
                text("Wrote app.py; nothing else is left.", 1100),
                call("sub_task_step_complete", "{}", 1200),
                text("app.py prints hi.", 1300)));
        entries.addAll(List.of(after));
        record(entries.toArray(ObjectNode[]::new));
    }

    @Test
    void replays_a_recording_with_live_progress_an_event_log_and_a_written_report() throws Exception {
        recordOneInstructionWithAnOverflow();
        Path workspace = root.resolve("out");

        int exit = replay("--workspace", workspace.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.SUCCESS);
        assertThat(workspace.resolve("app.py")).hasContent("print('hi')");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains(
                        "[1/1] 1. Write app.py.",
                        "- write_files app.py",
                        "~ context full at",
                        "responses consumed:      6 of 6",
                        "restarts after overflow: 1",
                        "prompt tokens for the 5 replies: ours");
        Path run;
        try (Stream<Path> runs = Files.list(workspace.resolve(RunFolder.RUNS_DIR))) {
            run = runs.findFirst().orElseThrow();
        }
        JsonNode report = JSON.readTree(run.resolve(RunFolder.REPLAY_REPORT).toFile());
        assertThat(report.get("responsesConsumed").asInt()).isEqualTo(6);
        assertThat(report.get("instructionsCompleted").asInt()).isEqualTo(1);
        assertThat(report.get("tokens").get("recorded").asLong()).isEqualTo(900 + 1000 + 1100 + 1200 + 1300);
        assertThat(report.get("requests")).hasSize(6);
        assertThat(Files.readAllLines(run.resolve("events.jsonl")))
                .anySatisfy(line -> assertThat(line).contains("\"type\":\"context-overflowed\""))
                .anySatisfy(line -> assertThat(line).contains("\"type\":\"run-finished\""));
    }

    @Test
    void fails_when_the_run_ends_before_the_recording_does() throws Exception {
        recordOneInstructionWithAnOverflow(text("An answer the replay never asks for.", 1400));

        int exit = replay("--workspace", root.resolve("out").toString());

        assertThat(exit).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the replay left the recording after 6 of 7");
    }

    @Test
    void refuses_a_workspace_that_already_holds_files() throws Exception {
        recordOneInstructionWithAnOverflow();
        Path workspace = Files.createDirectories(root.resolve("used"));
        Files.writeString(workspace.resolve("old.py"), "x = 1\n");

        int exit = replay("--workspace", workspace.toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("already holds 1 file(s), such as old.py", "a folder that does not exist yet");
    }

    @Test
    void refuses_a_log_that_is_not_a_response_log() throws Exception {
        Files.writeString(log, "{\"messages\": []}");

        int exit = replay("--workspace", root.resolve("out").toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must be a JSON array", "LLMatic_llm_responses.json");
    }
}
