package dev.l2mac.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:01:02Z"), ZoneOffset.UTC);
    /** Far more runs in one second than the random suffix alone keeps apart without a collision. */
    private static final int RUNS_IN_ONE_SECOND = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    @Test
    void creates_the_folder_under_the_workspace_named_by_time_and_suffix() throws IOException {
        RunFolder folder = RunFolder.create(workspace, CLOCK);

        assertThat(folder.id()).matches("20261125-150102-[0-9a-f]{4}");
        assertThat(folder.dir())
                .isEqualTo(workspace.resolve(".l2mac/runs").resolve(folder.id()))
                .isDirectory();
        assertThat(folder.eventsFile()).isEqualTo(folder.dir().resolve("events.jsonl"));
    }

    @Test
    void gives_every_run_a_unique_id_and_folder_even_within_one_second() throws IOException {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < RUNS_IN_ONE_SECOND; i++) {
            ids.add(RunFolder.create(workspace, CLOCK).id());
        }

        assertThat(ids).hasSize(RUNS_IN_ONE_SECOND);
        try (Stream<Path> folders = Files.list(workspace.resolve(RunFolder.RUNS_DIR))) {
            assertThat(folders.count()).isEqualTo(RUNS_IN_ONE_SECOND);
        }
    }

    @Test
    void writes_run_and_program_as_json_and_replaces_them_whole() throws IOException {
        RunFolder folder = RunFolder.create(workspace, CLOCK);

        RunManifest started =
                RunManifest.started(folder.id(), "codebase", "Make a tool.", "gpt-4", "bootstrap", Map.of());
        folder.writeRun(started);
        folder.writeRun(started.finished(RunStatus.COMPLETED, "", new RunManifest.Finish(1, 10, 2, 1, 0.0)));
        folder.writeProgram(Map.of("instructions", List.of("One.", "Two.")));

        assertThat(JSON.readTree(folder.dir().resolve("run.json").toFile())
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        assertThat(JSON.readTree(folder.dir().resolve("program.json").toFile()).get("instructions"))
                .hasSize(2);
        try (Stream<Path> files = Files.list(folder.dir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("run.json", "program.json");
        }
    }
}
