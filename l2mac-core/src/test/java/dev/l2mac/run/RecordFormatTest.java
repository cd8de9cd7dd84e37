package dev.l2mac.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run record's format: written once per file, typed values as the same strings, old files still read. */
class RecordFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:30:45Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void the_first_line_of_a_new_log_carries_the_format_and_the_others_do_not() throws IOException {
        Path file = dir.resolve("events.jsonl");
        try (EventLog log = new EventLog(file, CLOCK)) {
            log.on(new RunEvent.RunStarted("r1", "codebase", "Build it.", "gpt-4"));
        }
        try (EventLog log = new EventLog(file, CLOCK)) {
            log.on(new RunEvent.InstructionStarted(1, 1, "Build it."));
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(JSON.readTree(lines.get(0)).get("format").asInt()).isEqualTo(RecordFormat.CURRENT);
        assertThat(JSON.readTree(lines.get(1)).has("format")).isFalse();
    }

    @Test
    void typed_values_are_written_as_the_strings_older_logs_hold() throws IOException {
        Path file = dir.resolve("events.jsonl");
        List<RunEvent> events = List.of(
                new RunEvent.RequestFailed(FailureKind.CONTEXT_OVERFLOW, "too long"),
                new RunEvent.RetryScheduled(FailureKind.RATE_LIMITED, "slow down", 1000),
                new RunEvent.CheckReported("pytest", CheckOutcome.TIMED_OUT, "no result"),
                new RunEvent.ToolReturned(
                        "c1", "pytest_files", "Exit code 0: all tests passed.", ToolOutcome.TESTS_PASSED),
                new RunEvent.RunFinished(RunStatus.MODEL_FAILED, "401", Usage.NONE, 0.0));
        try (EventLog log = new EventLog(file, CLOCK)) {
            events.forEach(log::on);
        }

        String written = Files.readString(file);
        assertThat(written)
                .contains(
                        "\"kind\":\"context-overflow\"",
                        "\"kind\":\"rate-limited\"",
                        "\"outcome\":\"timed-out\"",
                        "\"ok\":true",
                        "\"kind\":\"tests-passed\"",
                        "\"status\":\"model-failed\"");
        assertThat(RecordedEvents.read(file).all()).isEqualTo(events);
    }

    @Test
    void a_tool_result_of_an_unversioned_log_gets_its_kind_from_what_those_versions_wrote() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                line("c1", "write_files", false, "Error: Nothing was written"),
                                line("c2", "sub_task_step_complete", true, "Step marked complete; running checks."),
                                line("c3", "pytest_files", true, "Exit code 0: all tests passed.\n.."),
                                line("c4", "pytest_files", true, "Exit code 1: some tests failed"),
                                line("c5", "pytest_files", true, "TIMED OUT after 60 s"),
                                line("c6", "view_files", true, "Exit code 0: looks like a test run, but is not one"))
                        + "\n");

        assertThat(RecordedEvents.read(file).all())
                .extracting(event -> ((RunEvent.ToolReturned) event).kind())
                .containsExactly(
                        ToolOutcome.ERROR,
                        ToolOutcome.STEP_COMPLETED,
                        ToolOutcome.TESTS_PASSED,
                        ToolOutcome.TESTS_FAILED,
                        ToolOutcome.OK,
                        ToolOutcome.OK);
    }

    @Test
    void a_log_in_a_newer_format_is_refused_with_what_to_do() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, "{\"type\":\"run-started\",\"format\":2,\"runId\":\"r1\"}\n");

        assertThatThrownBy(() -> RecordedEvents.read(file))
                .isInstanceOf(RecordFormat.UnreadableFormatException.class)
                .hasMessageContaining("record format 2")
                .hasMessageContaining("use the newer l2mac that wrote it");
    }

    @Test
    void run_json_carries_the_format_and_reads_back_as_written() throws IOException {
        RunFolder folder = RunFolder.create(dir, CLOCK);
        RunManifest run = RunManifest.started(
                        folder.id(),
                        "book",
                        "Write a book.",
                        "gpt-4",
                        "bootstrap",
                        Map.of("limits", Map.of("max-steps", 10)))
                .finished(RunStatus.BUDGET_REACHED, "budget reached", new RunManifest.Finish(2, 100, 20, 3, 0.5));

        folder.writeRun(run);

        assertThat(JSON.readTree(folder.dir().resolve(RunFolder.RUN).toFile())
                        .get("format")
                        .asInt())
                .isEqualTo(RecordFormat.CURRENT);
        assertThat(folder.readRun()).contains(run);
    }

    @Test
    void an_unversioned_run_json_reads_and_a_newer_one_is_refused() throws IOException {
        RunFolder folder = RunFolder.create(dir, CLOCK);
        Path runJson = folder.dir().resolve(RunFolder.RUN);
        Files.writeString(
                runJson,
                "{\"id\": \"" + folder.id() + "\", \"domain\": \"codebase\", \"task\": \"T.\","
                        + " \"status\": \"model-failed\", \"reason\": \"401\", \"startedFrom\": \"bootstrap\","
                        + " \"settings\": {}, \"instructionsCompleted\": 1, \"usage\": {\"promptTokens\": 3}}");

        RunManifest old = folder.readRun().orElseThrow();

        assertThat(old.status()).isEqualTo(RunStatus.MODEL_FAILED);
        assertThat(old.finish())
                .hasValueSatisfying(
                        finish -> assertThat(finish.instructionsCompleted()).isOne());
        Files.writeString(runJson, "{\"format\": 2, \"status\": \"completed\"}");
        assertThatThrownBy(folder::readRun)
                .isInstanceOf(RecordFormat.UnreadableFormatException.class)
                .hasMessageContaining("record format 2");
    }

    private static String line(String callId, String name, boolean ok, String text) {
        return JSON.createObjectNode()
                .put("type", "tool-returned")
                .put("at", "2026-03-01T12:30:45Z")
                .put("callId", callId)
                .put("name", name)
                .put("ok", ok)
                .put("text", text)
                .toString();
    }
}
