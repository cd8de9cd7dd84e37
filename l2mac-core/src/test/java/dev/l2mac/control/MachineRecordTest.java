package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run leaves in its folder: the event log, line by line, and the run's description. */
class MachineRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    private final ScriptedLlm model = new ScriptedLlm("gpt-4");
    private final ScriptedChecks checks = new ScriptedChecks().then(ScriptedChecks.passed());

    @Test
    void logs_one_json_object_per_line_with_type_and_time_from_run_started_to_run_finished() throws Exception {
        model.thenCalls(write(Map.of("a.py", "x = 1\n")), complete()).thenText("done");

        Path log = eventsFile(run(Map.of(), RunListener.NONE));

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.isObject()).isTrue();
            assertThat(line.get("at").asText())
                    .isEqualTo(MachineTest.CLOCK.instant().toString());
        });
        assertThat(lines)
                .extracting(line -> line.get("type").asText())
                .containsExactly(
                        "run-started",
                        "model-resolved",
                        "program-ready",
                        "instruction-started",
                        "request-sent",
                        "response-received",
                        "spend-updated",
                        "tool-called",
                        "tool-returned",
                        "tool-called",
                        "tool-returned",
                        "checks-recorded",
                        "check-reported",
                        "request-sent",
                        "response-received",
                        "spend-updated",
                        "instruction-completed",
                        "run-finished");
        assertThat(lines.getLast().get("status").asText()).isEqualTo("completed");
        assertThat(lines.get(7).get("name").asText()).isEqualTo("write_files");
    }

    @Test
    void never_logs_the_context_window_but_shows_it_to_the_progress_display() throws IOException {
        model.thenCalls(complete()).thenText("done");
        List<RunEvent> progress = new ArrayList<>();

        Path log = eventsFile(run(Map.of(), progress::add));

        assertThat(Files.readString(log)).doesNotContain("context-window").doesNotContain("\"messages\":[");
        assertThat(progress)
                .filteredOn(RunEvent.ContextWindow.class::isInstance)
                .hasSize(2);
        assertThat(Files.readAllLines(log)).hasSize(progress.size() - 2);
    }

    @Test
    void appends_each_event_to_the_log_before_the_progress_display_sees_it() {
        model.thenCalls(complete()).thenText("done");
        List<String> missing = new ArrayList<>();
        Path runs = workspace.resolve(RunFolder.RUNS_DIR);
        RunListener display = event -> {
            if (!(event instanceof RunEvent.ContextWindow) && !lastLogLine(runs).contains(typeOf(event))) {
                missing.add(typeOf(event));
            }
        };

        run(Map.of(), display);

        assertThat(missing).isEmpty();
    }

    @Test
    void describes_the_run_with_the_given_settings_its_final_status_and_nothing_else() throws IOException {
        model.thenCalls(complete()).thenText("done");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("llm.model", "gpt-4");
        settings.put("llm.base_url", "http://localhost:11434/v1");
        settings.put("limits.max-restarts", 3);

        RunResult result = run(settings, RunListener.NONE);

        JsonNode run = JSON.readTree(workspace
                .resolve(RunFolder.RUNS_DIR)
                .resolve(result.runId())
                .resolve("run.json")
                .toFile());
        List<String> fields = new ArrayList<>();
        run.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "format",
                        "id",
                        "domain",
                        "task",
                        "model",
                        "status",
                        "reason",
                        "startedFrom",
                        "settings",
                        "instructionsCompleted",
                        "usage");
        assertThat(JSON.convertValue(run.get("settings"), Map.class)).isEqualTo(settings);
        assertThat(run.get("id").asText()).isEqualTo(result.runId());
        assertThat(run.get("model").asText()).isEqualTo("gpt-4");
        assertThat(run.get("status").asText()).isEqualTo("completed");
        assertThat(run.get("reason").asText()).isEmpty();
        assertThat(run.get("instructionsCompleted").asInt()).isEqualTo(1);
    }

    @Test
    void marks_the_run_as_running_before_its_first_event() {
        model.thenCalls(complete()).thenText("done");
        List<String> statuses = new ArrayList<>();
        RunListener display = event -> {
            if (event instanceof RunEvent.RunStarted started) {
                statuses.add(readRunJson(started.runId()).get("status").asText());
            }
        };

        run(Map.of(), display);

        assertThat(statuses).containsExactly("running");
    }

    private RunResult run(Map<String, Object> settings, RunListener progress) {
        InMemoryFileStore files = new InMemoryFileStore(Limits.DEFAULTS.maxFileBytes());
        ToolBox tools = ToolBox.codebase(
                files,
                new LocalProcessRunner(),
                ToolSettings.of(
                        Limits.DEFAULTS.viewMaxChars(),
                        Limits.DEFAULTS.toolOutputMaxChars(),
                        Limits.DEFAULTS.runTimeout(),
                        null));
        try {
            Machine machine = Machine.builder(
                            model,
                            files,
                            tools,
                            checks,
                            PromptPack.builtIn(Domain.CODEBASE),
                            Limits.DEFAULTS,
                            0.0,
                            MachineTest.CLOCK)
                    .build();
            return machine.run(
                    new RunRequest(
                            Domain.CODEBASE, "Build a todo app.", MachineTest.program("One."), workspace, settings),
                    progress);
        } catch (dev.l2mac.program.PromptPackException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path eventsFile(RunResult result) {
        return workspace.resolve(RunFolder.RUNS_DIR).resolve(result.runId()).resolve("events.jsonl");
    }

    private JsonNode readRunJson(String runId) {
        try {
            return JSON.readTree(workspace
                    .resolve(RunFolder.RUNS_DIR)
                    .resolve(runId)
                    .resolve("run.json")
                    .toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLogLine(Path runs) {
        try (var dirs = Files.list(runs)) {
            List<String> lines =
                    Files.readAllLines(dirs.findFirst().orElseThrow().resolve("events.jsonl"));
            return lines.isEmpty() ? "" : lines.getLast();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String typeOf(RunEvent event) {
        return "\"type\":\""
                + event.getClass()
                        .getSimpleName()
                        .replaceAll("([a-z])([A-Z])", "$1-$2")
                        .toLowerCase(java.util.Locale.ROOT)
                + "\"";
    }
}
