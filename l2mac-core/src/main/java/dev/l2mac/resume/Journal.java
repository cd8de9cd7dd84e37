package dev.l2mac.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.run.FailureKind;
import dev.l2mac.run.RunEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recorded path a resumed run follows, with a cursor: the run is executed again from its start, and every event
 * it produces must match the next recorded one until the recording ends, where the run goes on live. What the
 * world answered (the model's replies, tool results, check reports) is served from here instead of asked again.
 */
public final class Journal {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String runId;
    private final List<RunEvent> events;
    /** For each event here, its position in the run's path (events off the path are left out here). */
    private final List<Integer> positions;

    private int cursor;

    private Journal(String runId, List<RunEvent> events, List<Integer> positions) {
        this.runId = runId;
        this.events = events;
        this.positions = positions;
    }

    /** A journal with nothing recorded: a fresh run. */
    public static Journal empty() {
        return new Journal("", List.of(), List.of());
    }

    /**
     * The journal of a run's path: everything up to where the run stopped (its end, a failed instruction or a
     * failed request, which a resume tries again), without the events that are not part of the path.
     */
    static Journal of(String runId, List<RunEvent> path) {
        List<RunEvent> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            RunEvent event = path.get(i);
            if (isStop(event)) {
                if (rolledBack(path, i)) {
                    cutToStartOfInstruction(events, positions);
                }
                break;
            }
            if (isPathEvent(event)) {
                events.add(event);
                positions.add(i);
            }
        }
        return new Journal(runId, List.copyOf(events), List.copyOf(positions));
    }

    /**
     * Whether the event is part of the run's path, which a re-execution must reproduce: not retry and pacing
     * notices, which depend on time, nor what the run reports of its model, sandbox and spend, which depend on
     * the settings of the moment (a resumed run may use a higher budget or another price list).
     */
    static boolean isPathEvent(RunEvent event) {
        if (!event.recorded()) {
            return false;
        }
        return switch (event) {
            case RunEvent.RetryScheduled ignored -> false;
            case RunEvent.Throttled ignored -> false;
            case RunEvent.ModelResolved ignored -> false;
            case RunEvent.SandboxReported ignored -> false;
            case RunEvent.HistoryWarning ignored -> false;
            case RunEvent.SpendUpdated ignored -> false;
            case RunEvent.RunStarted ignored -> true;
            case RunEvent.ProgramReady ignored -> true;
            case RunEvent.InstructionStarted ignored -> true;
            case RunEvent.RequestSent ignored -> true;
            case RunEvent.ContextWindow ignored -> true;
            case RunEvent.ToolCallForming ignored -> true;
            case RunEvent.ReplyStreaming ignored -> true;
            case RunEvent.AwaitingReply ignored -> true;
            case RunEvent.ResponseReceived ignored -> true;
            case RunEvent.RequestFailed ignored -> true;
            case RunEvent.ToolCalled ignored -> true;
            case RunEvent.ToolReturned ignored -> true;
            case RunEvent.ChecksRecorded ignored -> true;
            case RunEvent.CheckReported ignored -> true;
            case RunEvent.ContextOverflowed ignored -> true;
            case RunEvent.VerdictOverridden ignored -> true;
            case RunEvent.TemperatureChanged ignored -> true;
            case RunEvent.InstructionCompleted ignored -> true;
            case RunEvent.InstructionFailed ignored -> true;
            case RunEvent.HistoryStarted ignored -> true;
            case RunEvent.InstructionCommitted ignored -> true;
            case RunEvent.WorkspaceRolledBack ignored -> true;
            case RunEvent.RunResumed ignored -> true;
            case RunEvent.RunFinished ignored -> true;
        };
    }

    /**
     * Whether the failure at {@code index} was followed by the rollback of its instruction: the workspace no longer
     * holds what its tool calls wrote, so a resume must do that instruction again from its start.
     */
    private static boolean rolledBack(List<RunEvent> path, int index) {
        return index + 1 < path.size() && path.get(index + 1) instanceof RunEvent.WorkspaceRolledBack;
    }

    private static void cutToStartOfInstruction(List<RunEvent> events, List<Integer> positions) {
        int start = events.size();
        while (start > 0 && !(events.get(start - 1) instanceof RunEvent.InstructionStarted)) {
            start--;
        }
        events.subList(start, events.size()).clear();
        positions.subList(start, positions.size()).clear();
    }

    private static boolean isStop(RunEvent event) {
        return switch (event) {
            case RunEvent.RunFinished ignored -> true;
            case RunEvent.InstructionFailed ignored -> true;
            case RunEvent.RequestFailed failed -> failed.kind() != FailureKind.CONTEXT_OVERFLOW;
            case RunEvent.RunStarted ignored -> false;
            case RunEvent.ModelResolved ignored -> false;
            case RunEvent.SandboxReported ignored -> false;
            case RunEvent.HistoryWarning ignored -> false;
            case RunEvent.SpendUpdated ignored -> false;
            case RunEvent.Throttled ignored -> false;
            case RunEvent.ProgramReady ignored -> false;
            case RunEvent.InstructionStarted ignored -> false;
            case RunEvent.RequestSent ignored -> false;
            case RunEvent.ContextWindow ignored -> false;
            case RunEvent.ToolCallForming ignored -> false;
            case RunEvent.ReplyStreaming ignored -> false;
            case RunEvent.AwaitingReply ignored -> false;
            case RunEvent.ResponseReceived ignored -> false;
            case RunEvent.RetryScheduled ignored -> false;
            case RunEvent.ToolCalled ignored -> false;
            case RunEvent.ToolReturned ignored -> false;
            case RunEvent.ChecksRecorded ignored -> false;
            case RunEvent.CheckReported ignored -> false;
            case RunEvent.ContextOverflowed ignored -> false;
            case RunEvent.VerdictOverridden ignored -> false;
            case RunEvent.TemperatureChanged ignored -> false;
            case RunEvent.InstructionCompleted ignored -> false;
            case RunEvent.HistoryStarted ignored -> false;
            case RunEvent.InstructionCommitted ignored -> false;
            case RunEvent.WorkspaceRolledBack ignored -> false;
            case RunEvent.RunResumed ignored -> false;
        };
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    /** True while recorded events remain to be matched. */
    public boolean replaying() {
        return cursor < events.size();
    }

    /** The next recorded event, empty once the recording is used up. */
    public Optional<RunEvent> next() {
        return replaying() ? Optional.of(events.get(cursor)) : Optional.empty();
    }

    /** The last event matched, empty before the first. */
    Optional<RunEvent> previous() {
        return cursor == 0 ? Optional.empty() : Optional.of(events.get(cursor - 1));
    }

    /** How many events of the path the run continues after: those matched so far, and any retries among them. */
    int continuesAfter() {
        return cursor == 0 ? 0 : positions.get(cursor - 1) + 1;
    }

    /** Matches an event the re-executed run produced against the next recorded one. */
    void match(RunEvent produced) {
        RunEvent recorded = events.get(cursor);
        if (!comparable(recorded).equals(comparable(asRecordedThen(recorded, produced)))) {
            throw divergence(comparable(produced));
        }
        cursor++;
    }

    /** The event as a log of its time would hold it: a log from before stacks records no program's stack. */
    private static RunEvent asRecordedThen(RunEvent recorded, RunEvent produced) {
        if (recorded instanceof RunEvent.ProgramReady then
                && then.stack().isEmpty()
                && produced instanceof RunEvent.ProgramReady now) {
            return new RunEvent.ProgramReady(now.instructions(), now.source());
        }
        return produced;
    }

    /** The failure to report when the re-executed run wants something other than what was recorded next. */
    public ResumeException divergence(String produced) {
        return new ResumeException("run " + runId + " cannot be resumed faithfully: at event "
                + (positions.get(cursor) + 1) + " its log records " + comparable(events.get(cursor))
                + " but the resumed run came to " + produced + ". Something that decides the run's path (the"
                + " prompt pack, the tools offered, the checks, the limits) differs from the original run's; resume"
                + " with the original settings, or start a new run.");
    }

    /**
     * The event as JSON, without the token counts our own counter predicted: they include the workspace's file
     * listing, which a re-execution sees as it is now, not as it was.
     */
    private static String comparable(RunEvent event) {
        ObjectNode node = JSON.valueToTree(event);
        node.put("event", event.getClass().getSimpleName());
        if (event instanceof RunEvent.RequestSent || event instanceof RunEvent.ContextOverflowed) {
            node.remove(List.of("promptTokens", "maxOutputTokens"));
        }
        return node.toString();
    }
}
