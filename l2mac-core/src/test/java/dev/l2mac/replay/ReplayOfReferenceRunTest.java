package dev.l2mac.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.RecordedResponses;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.Limits;
import dev.l2mac.testing.Requirements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the replay: the reference implementation's recorded GPT-4 run on the URL-shortener task,
 * replayed through our control unit, plans the same program, leaves the workspace as the recorded state at the
 * beginning of every instruction and at the end, consumes every response in order, and takes every recorded
 * failure through the overflow path.
 */
class ReplayOfReferenceRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "llm-recordings/l2mac-paper-run/url_shortener_seed0";
    private static final String TASK = "l2mac-tasks/url_shortener/description.txt";
    private static final int RECORDED_RESPONSES = 283;
    private static final int RECORDED_FAILURES = 31;
    private static Path data;

    @TempDir
    Path workspace;

    @BeforeAll
    static void needsTheSharedData() {
        Requirements.sharedData(RUN);
        data = Requirements.sharedData("");
    }

    @Test
    void replays_the_recorded_run_state_by_state_through_the_overflow_path() throws Exception {
        RecordedResponses recording = RecordedResponses.read(data.resolve(RUN).resolve("LLMatic_llm_responses.json"));
        FileStore files = new DiskFileStore(workspace, Limits.DEFAULTS.maxFileBytes());
        Map<Integer, Map<String, String>> atStart = new TreeMap<>();
        List<String> program = new ArrayList<>();
        List<RunEvent.ContextOverflowed> overflows = new ArrayList<>();
        RunListener observer = event -> {
            switch (event) {
                case RunEvent.ProgramReady ready -> program.addAll(ready.instructions());
                case RunEvent.InstructionStarted started -> atStart.put(started.number() - 1, contents(files));
                case RunEvent.ContextOverflowed overflow -> overflows.add(overflow);
                default -> {}
            }
        };

        ReplayReport report = new Replay(
                        recording,
                        workspace,
                        PromptPack.builtIn(Domain.CODEBASE),
                        Replay.limitsFor(recording, Limits.DEFAULTS, Replay.GPT4_CONTEXT_WINDOW),
                        false,
                        ContextSaving.all())
                .run(Files.readString(data.resolve(TASK)), observer);

        JsonNode first = state("LLMatic_state_beginning_step_0.json");
        assertThat(program).containsExactlyElementsOf(JSON.convertValue(first.get("steps"), List.class));
        assertThat(atStart).hasSize(9);
        for (Map.Entry<Integer, Map<String, String>> start : atStart.entrySet()) {
            assertThat(start.getValue())
                    .as("workspace at the beginning of instruction index " + start.getKey())
                    .isEqualTo(fileDict(state("LLMatic_state_beginning_step_" + start.getKey() + ".json")));
        }
        assertThat(contents(files)).as("workspace at the end").isEqualTo(fileDict(state("current_LLMatic_state.json")));
        assertThat(report.responses()).isEqualTo(RECORDED_RESPONSES);
        assertThat(report.consumedWholeRecording()).isTrue();
        assertThat(report.requests()).extracting(r -> r.index()).isSorted().doesNotHaveDuplicates();
        assertThat(report.restarts()).isEqualTo(RECORDED_FAILURES);
        assertThat(overflows)
                .hasSize(RECORDED_FAILURES)
                .allSatisfy(overflow -> assertThat(overflow.cause()).isEqualTo("reported by the provider"));
        assertThat(report.tokens().replies()).isEqualTo(RECORDED_RESPONSES - RECORDED_FAILURES);
        assertThat(report.tokens().recorded()).isEqualTo(RECORDED_PROMPT_TOKENS);
        assertThat(report.tokens().ratio())
                .as("our prompt tokens as a share of the recorded ones")
                .isLessThanOrEqualTo(TOKEN_SHARE_TARGET);
        assertThat(RunFolder.existing(workspace, report.runId()).dir().resolve(RunFolder.REPLAY_REPORT))
                .isNotEmptyFile();
        System.out.print(report.render());
    }

    /** The recorded run's prompt tokens over its successful replies, and the share of them we may use at most. */
    private static final long RECORDED_PROMPT_TOKENS = 1_063_579;

    private static final double TOKEN_SHARE_TARGET = 0.60;

    private static JsonNode state(String name) throws IOException {
        return JSON.readTree(data.resolve(RUN).resolve(name).toFile());
    }

    /** The recorded file dictionary, each file's lines joined with newlines. */
    private static Map<String, String> fileDict(JsonNode state) {
        Map<String, String> files = new TreeMap<>();
        state.get("file_dict").fields().forEachRemaining(file -> {
            List<String> lines = new ArrayList<>();
            file.getValue().forEach(line -> lines.add(line.asText()));
            files.put(file.getKey(), String.join("\n", lines));
        });
        return files;
    }

    private static Map<String, String> contents(FileStore files) {
        Map<String, String> contents = new TreeMap<>();
        for (String path : files.list()) {
            try {
                contents.put(path, files.read(path));
            } catch (MemoryException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }
        return contents;
    }
}
