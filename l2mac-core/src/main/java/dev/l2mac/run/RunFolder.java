package dev.l2mac.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run's folder, {@code <workspace>/.l2mac/runs/<id>/}, holding {@code run.json}, {@code program.json} and
 * {@code events.jsonl}. Descriptive files are replaced atomically; nothing secret is ever passed in.
 */
public final class RunFolder {
    /** The folder, relative to the workspace, that holds every run. */
    public static final String RUNS_DIR = ".l2mac/runs";
    /** The report a replay writes next to the run's other files. */
    public static final String REPLAY_REPORT = "replay-report.json";
    /** Where a run stands, replaced atomically as it goes; the event log remains the source of truth. */
    public static final String CHECKPOINT = "checkpoint.json";
    /** What the run was asked and where it stands: its {@link RunManifest}. */
    public static final String RUN = "run.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** The length of the time part of a run id. */
    private static final int ID_TIME_LENGTH = "yyyyMMdd-HHmmss".length();

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Suffixes drawn before giving up on finding an unused id for the current second. */
    private static final int ID_ATTEMPTS = 100;

    private final String id;
    private final Path dir;

    private RunFolder(String id, Path dir) {
        this.id = id;
        this.dir = dir;
    }

    /**
     * Creates a new run folder with a fresh id such as {@code 20261125-150102-3fa9}, never one that exists already.
     */
    public static RunFolder create(Path workspace, Clock clock) throws IOException {
        Path runs = Files.createDirectories(workspace.resolve(RUNS_DIR));
        String time = ID_TIME.format(clock.instant());
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            byte[] suffix = new byte[2];
            RANDOM.nextBytes(suffix);
            String id = time + "-" + HexFormat.of().formatHex(suffix);
            try {
                return new RunFolder(id, Files.createDirectory(runs.resolve(id)));
            } catch (FileAlreadyExistsException taken) {
                // Another run started in the same second drew the same suffix; draw again.
            }
        }
        throw new IOException("found no free run id in " + runs + " after " + ID_ATTEMPTS + " attempts; remove"
                + " old runs from that folder and try again");
    }

    /** The folder of the existing run {@code id} in {@code workspace}. */
    public static RunFolder existing(Path workspace, String id) throws IOException {
        Path dir = workspace.resolve(RUNS_DIR).resolve(id);
        if (!Files.isDirectory(dir)) {
            throw new IOException("there is no run " + id + " in " + workspace.resolve(RUNS_DIR));
        }
        return new RunFolder(id, dir);
    }

    /** Every run in {@code workspace}, oldest first (run ids begin with their start time). */
    public static List<RunFolder> all(Path workspace) throws IOException {
        Path runs = workspace.resolve(RUNS_DIR);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory)
                    .sorted()
                    .map(dir -> new RunFolder(dir.getFileName().toString(), dir))
                    .toList();
        }
    }

    /** The run that started last in {@code workspace}, if any. */
    public static Optional<RunFolder> latest(Path workspace) throws IOException {
        List<RunFolder> all = all(workspace);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    public String id() {
        return id;
    }

    /** When the run started, read from its id; empty for a folder whose name is not a run id. */
    public Optional<java.time.Instant> started() {
        try {
            return Optional.of(
                    java.time.Instant.from(ID_TIME.parse(id.substring(0, Math.min(id.length(), ID_TIME_LENGTH)))));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Path dir() {
        return dir;
    }

    public Path eventsFile() {
        return dir.resolve("events.jsonl");
    }

    public Path checkpointFile() {
        return dir.resolve(CHECKPOINT);
    }

    /**
     * {@code run.json} as recorded; empty when the run never wrote it.
     *
     * @throws IOException when it cannot be read, or is written in a newer format than this version reads
     */
    public Optional<RunManifest> readRun() throws IOException {
        Optional<JsonNode> run = readJson(RUN);
        return run.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        RunManifest.fromJson(run.get(), id, dir.resolve(RUN).toString()));
    }

    /** {@code program.json} as recorded; empty before the run had a program. */
    public Optional<JsonNode> readProgram() throws IOException {
        return readJson("program.json");
    }

    /** {@value #CHECKPOINT} as last replaced; empty before the first checkpoint. */
    public Optional<JsonNode> readCheckpoint() throws IOException {
        return readJson(CHECKPOINT);
    }

    void writeCheckpoint(Object checkpoint) throws IOException {
        writeJson(CHECKPOINT, checkpoint);
    }

    private Optional<JsonNode> readJson(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
    }

    public void writeRun(RunManifest run) throws IOException {
        writeJson(RUN, run.toJson());
    }

    public void writeProgram(Object program) throws IOException {
        writeJson("program.json", program);
    }

    /** Writes the report of a replay as {@value #REPLAY_REPORT}. */
    public Path writeReplayReport(Object report) throws IOException {
        writeJson(REPLAY_REPORT, report);
        return dir.resolve(REPLAY_REPORT);
    }

    private void writeJson(String name, Object value) throws IOException {
        Path target = dir.resolve(name);
        Path temp = dir.resolve(name + ".tmp");
        JSON.writeValue(temp.toFile(), value);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
