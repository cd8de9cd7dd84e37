package dev.l2mac.resume;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.history.WorkspaceHistory;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RecordedEvents;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunManifest;
import dev.l2mac.run.RunStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What resuming a run starts from, read back from its folder: what it was started with (domain, task, the program
 * when one was given, settings), its journal (the recorded path to re-execute), and how many events its log holds;
 * the checkpoint is checked against the log.
 */
public record Resumption(
        RunFolder folder,
        Domain domain,
        String task,
        Optional<PromptProgram> program,
        Map<String, Object> settings,
        Journal journal,
        int eventsInLog) {
    /**
     * Prepares to resume {@code runId}, or the run that started last when it is empty.
     *
     * @throws ResumeException when there is no such run, it completed, or its record is damaged
     */
    public static Resumption prepare(Path workspace, Optional<String> runId) {
        try {
            RunFolder folder = runId.isPresent()
                    ? RunFolder.existing(workspace, runId.get())
                    : RunFolder.latest(workspace)
                            .orElseThrow(() -> new ResumeException("there is no run to resume"
                                    + " in " + workspace.resolve(RunFolder.RUNS_DIR)
                                    + "; start one with l2mac codebase or l2mac book"));
            RunManifest run = folder.readRun()
                    .orElseThrow(() -> new ResumeException("run " + folder.id()
                            + " stopped before it recorded its task (run.json is missing); start a new run"));
            if (run.status() == RunStatus.COMPLETED) {
                throw new ResumeException("run " + folder.id() + " has already completed; there is nothing to resume");
            }
            requireNotUndone(workspace, folder.id());
            RecordedEvents events = RecordedEvents.read(folder.eventsFile());
            requireHistoryKept(workspace, folder.id(), events);
            requireCheckpointWithin(folder, events);
            RecordedEvents.repairTail(folder.eventsFile(), events);
            Optional<PromptProgram> program = program(run, folder);
            return new Resumption(
                    folder,
                    domainOf(run, folder),
                    run.task(),
                    program,
                    run.settings(),
                    Journal.of(folder.id(), events.path()),
                    events.all().size());
        } catch (IOException e) {
            throw new ResumeException("cannot resume: " + e.getMessage(), e);
        }
    }

    /** A run whose instructions were taken back no longer matches its log, which would resume as if they were not. */
    private static void requireNotUndone(Path workspace, String runId) {
        Optional<WorkspaceHistory> history = WorkspaceHistory.existing(workspace, Clock.systemUTC());
        try {
            if (history.isPresent() && history.get().undoneAtHead(runId)) {
                throw new ResumeException("run " + runId + " cannot be resumed: 'l2mac undo' took back some of its"
                        + " instructions, and its log still holds them; start a new run");
            }
        } finally {
            history.ifPresent(WorkspaceHistory::close);
        }
    }

    /** A run that committed into the workspace's history cannot go on once that history was deleted. */
    private static void requireHistoryKept(Path workspace, String runId, RecordedEvents events) {
        boolean recorded = events.path().stream().anyMatch(RunEvent.HistoryStarted.class::isInstance);
        if (recorded && !Files.exists(workspace.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            throw new ResumeException("run " + runId + " cannot be resumed: the workspace's git history ("
                    + workspace.resolve(".git") + "), where it committed its instructions, was deleted; the files"
                    + " in the workspace are kept. Start a new run");
        }
    }

    /** The checkpoint is written after the log; a checkpoint ahead of the log means the log lost events. */
    private static void requireCheckpointWithin(RunFolder folder, RecordedEvents events) throws IOException {
        Optional<JsonNode> checkpoint = folder.readCheckpoint();
        int claimed = checkpoint.map(node -> node.path("eventsInLog").asInt()).orElse(0);
        if (claimed > events.all().size()) {
            throw new ResumeException("run " + folder.id() + " cannot be resumed: its checkpoint counts " + claimed
                    + " events but its log " + folder.eventsFile() + " holds only "
                    + events.all().size()
                    + ", so the log was cut short or replaced; start a new run");
        }
    }

    /** The program the run was given, read back from its folder; empty for a run that planned its own. */
    private static Optional<PromptProgram> program(RunManifest run, RunFolder folder) throws IOException {
        if (!RunManifest.FROM_PROGRAM_FILE.equals(run.startedFrom())) {
            return Optional.empty();
        }
        JsonNode recorded = folder.readProgram()
                .orElseThrow(() -> new ResumeException("run " + folder.id()
                        + " was given a program file, but its program.json is missing; start a new run"));
        List<String> instructions = new ArrayList<>();
        recorded.path("instructions").forEach(text -> instructions.add(text.asText()));
        return Optional.of(PromptProgram.of(instructions));
    }

    /** The domain the run recorded; a record from before domains were written is a codebase's. */
    private static Domain domainOf(RunManifest run, RunFolder folder) {
        if (run.domain().isEmpty()) {
            return Domain.CODEBASE;
        }
        try {
            return Domain.parse(run.domain());
        } catch (IllegalArgumentException unknown) {
            throw new ResumeException("run " + folder.id() + " records an " + unknown.getMessage()
                    + "; its run.json is damaged: start a new run");
        }
    }
}
