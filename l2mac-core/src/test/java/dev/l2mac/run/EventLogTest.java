package dev.l2mac.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-01T12:30:45Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void writes_each_event_as_one_json_line_with_its_type_time_and_fields() throws IOException {
        Path file = dir.resolve("events.jsonl");
        try (EventLog log = new EventLog(file, CLOCK)) {
            log.on(new RunEvent.RunStarted("r1", "codebase", "Build\n\"it\"", "gpt-4"));
            log.on(new RunEvent.ResponseReceived(
                    "", List.of(new ToolCall("c1", "list_files", "{}")), new Usage(10, 2), FinishReason.TOOL_CALLS));
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode started = JSON.readTree(lines.get(0));
        assertThat(started.get("type").asText()).isEqualTo("run-started");
        assertThat(started.get("at").asText()).isEqualTo(NOW.toString());
        assertThat(started.get("task").asText()).isEqualTo("Build\n\"it\"");
        JsonNode response = JSON.readTree(lines.get(1));
        assertThat(response.get("type").asText()).isEqualTo("response-received");
        assertThat(response.get("toolCalls").get(0).get("name").asText()).isEqualTo("list_files");
        assertThat(response.get("usage").get("promptTokens").asLong()).isEqualTo(10);
    }

    @Test
    void never_writes_the_context_window() throws IOException {
        Path file = dir.resolve("events.jsonl");
        try (EventLog log = new EventLog(file, CLOCK)) {
            log.on(new RunEvent.ContextWindow(List.of(new Message.UserMessage("the whole dialog"))));
        }

        assertThat(Files.readString(file)).isEmpty();
    }

    @Test
    void flushes_each_line_before_returning() throws IOException {
        Path file = dir.resolve("events.jsonl");
        try (EventLog log = new EventLog(file, CLOCK)) {
            log.on(new RunEvent.InstructionStarted(1, 3, "Write the model."));

            assertThat(Files.readAllLines(file)).hasSize(1);
        }
    }

    @Test
    void appends_to_an_existing_log_so_two_logs_on_one_file_keep_both() throws IOException {
        Path file = dir.resolve("events.jsonl");
        try (EventLog first = new EventLog(file, CLOCK)) {
            first.on(new RunEvent.InstructionStarted(1, 2, "one"));
        }
        try (EventLog second = new EventLog(file, CLOCK);
                EventLog third = new EventLog(file, CLOCK)) {
            second.on(new RunEvent.InstructionStarted(2, 2, "two"));
            third.on(new RunEvent.InstructionCompleted(2, "done"));
        }

        assertThat(Files.readAllLines(file))
                .extracting(line -> JSON.readTree(line).get("type").asText())
                .containsExactly("instruction-started", "instruction-started", "instruction-completed");
    }

    @Test
    void names_every_event_type_in_kebab_case() {
        assertThat(EventLog.typeName(new RunEvent.RequestSent("p", 1, 1, 0.0, 1)))
                .isEqualTo("request-sent");
        assertThat(EventLog.typeName(new RunEvent.TemperatureChanged(0, 0.2, "x")))
                .isEqualTo("temperature-changed");
        assertThat(EventLog.typeName(new RunEvent.ContextOverflowed(1, 1, 1, "x")))
                .isEqualTo("context-overflowed");
    }

    @Test
    void says_which_file_it_could_not_append_to() throws IOException {
        Path file = dir.resolve("events.jsonl");
        EventLog log = new EventLog(file, CLOCK);
        log.close();

        assertThatThrownBy(() -> log.on(new RunEvent.InstructionStarted(1, 1, "one")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }
}
