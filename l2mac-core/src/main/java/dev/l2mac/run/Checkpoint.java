package dev.l2mac.run;

import dev.l2mac.llm.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps {@value RunFolder#CHECKPOINT} up to date: after every response, tool result and instruction outcome that the
 * event log has recorded, the file is replaced atomically with where the run stands (instruction, handover summary,
 * counters, temperature, tokens). The log stays the source of truth; the checkpoint lets a reader see the state
 * without reading the log, and lets a resume notice a log that lost events.
 */
public final class Checkpoint implements RunListener {
    private final RunFolder folder;
    private int events;
    private int instruction;
    private int instructionsCompleted;
    private String handover = "";
    private double temperature;
    private int turns;
    private Usage usage = Usage.NONE;
    private RunStatus status = RunStatus.RUNNING;

    /** A checkpoint for a run whose log already holds {@code eventsInLog} events. */
    public Checkpoint(RunFolder folder, int eventsInLog) {
        this.folder = folder;
        this.events = eventsInLog;
    }

    /** Takes in an event that the log recorded earlier (a resumed run's replayed path), without writing. */
    public void observe(RunEvent event) {
        switch (event) {
            case RunEvent.InstructionStarted started -> {
                instruction = started.number();
                turns = 0;
            }
            case RunEvent.RequestSent sent -> {
                temperature = sent.temperature();
                turns++;
            }
            case RunEvent.ResponseReceived response -> usage = usage.plus(response.usage());
            case RunEvent.InstructionCompleted done -> {
                instructionsCompleted++;
                handover = done.summary();
            }
            case RunEvent.RunFinished finished -> status = finished.status();
            case RunEvent.RunStarted ignored -> {}
            case RunEvent.ModelResolved ignored -> {}
            case RunEvent.SandboxReported ignored -> {}
            case RunEvent.HistoryWarning ignored -> {}
            case RunEvent.SpendUpdated ignored -> {}
            case RunEvent.Throttled ignored -> {}
            case RunEvent.ProgramReady ignored -> {}
            case RunEvent.ContextWindow ignored -> {}
            case RunEvent.ToolCallForming ignored -> {}
            case RunEvent.ReplyStreaming ignored -> {}
            case RunEvent.AwaitingReply ignored -> {}
            case RunEvent.RequestFailed ignored -> {}
            case RunEvent.RetryScheduled ignored -> {}
            case RunEvent.ToolCalled ignored -> {}
            case RunEvent.ToolReturned ignored -> {}
            case RunEvent.ChecksRecorded ignored -> {}
            case RunEvent.CheckReported ignored -> {}
            case RunEvent.ContextOverflowed ignored -> {}
            case RunEvent.VerdictOverridden ignored -> {}
            case RunEvent.TemperatureChanged ignored -> {}
            case RunEvent.InstructionFailed ignored -> {}
            case RunEvent.HistoryStarted ignored -> {}
            case RunEvent.InstructionCommitted ignored -> {}
            case RunEvent.WorkspaceRolledBack ignored -> {}
            case RunEvent.RunResumed ignored -> {}
        }
    }

    @Override
    public void on(RunEvent event) {
        if (!event.recorded()) {
            return;
        }
        events++;
        observe(event);
        if (isDurablePoint(event)) {
            write();
        }
    }

    private static boolean isDurablePoint(RunEvent event) {
        return switch (event) {
            case RunEvent.ProgramReady ignored -> true;
            case RunEvent.ResponseReceived ignored -> true;
            case RunEvent.ToolReturned ignored -> true;
            case RunEvent.ChecksRecorded ignored -> true;
            case RunEvent.InstructionCompleted ignored -> true;
            case RunEvent.InstructionFailed ignored -> true;
            case RunEvent.RunResumed ignored -> true;
            case RunEvent.RunFinished ignored -> true;
            case RunEvent.RunStarted ignored -> false;
            case RunEvent.ModelResolved ignored -> false;
            case RunEvent.SandboxReported ignored -> false;
            case RunEvent.HistoryWarning ignored -> false;
            case RunEvent.SpendUpdated ignored -> false;
            case RunEvent.Throttled ignored -> false;
            case RunEvent.InstructionStarted ignored -> false;
            case RunEvent.RequestSent ignored -> false;
            case RunEvent.ContextWindow ignored -> false;
            case RunEvent.ToolCallForming ignored -> false;
            case RunEvent.ReplyStreaming ignored -> false;
            case RunEvent.AwaitingReply ignored -> false;
            case RunEvent.RequestFailed ignored -> false;
            case RunEvent.RetryScheduled ignored -> false;
            case RunEvent.ToolCalled ignored -> false;
            case RunEvent.CheckReported ignored -> false;
            case RunEvent.ContextOverflowed ignored -> false;
            case RunEvent.VerdictOverridden ignored -> false;
            case RunEvent.TemperatureChanged ignored -> false;
            case RunEvent.HistoryStarted ignored -> false;
            case RunEvent.InstructionCommitted ignored -> false;
            case RunEvent.WorkspaceRolledBack ignored -> false;
        };
    }

    private void write() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("runId", folder.id());
        state.put("eventsInLog", events);
        state.put("status", status);
        state.put("instruction", instruction);
        state.put("instructionsCompleted", instructionsCompleted);
        state.put("turnsOfInstruction", turns);
        state.put("temperature", temperature);
        state.put("handover", handover);
        state.put("usage", Map.of("promptTokens", usage.promptTokens(), "completionTokens", usage.completionTokens()));
        try {
            folder.writeCheckpoint(state);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    DiskTrouble.describe("replace the checkpoint " + folder.checkpointFile(), e), e);
        }
    }
}
