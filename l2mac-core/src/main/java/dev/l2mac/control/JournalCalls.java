package dev.l2mac.control;

import dev.l2mac.llm.ToolCall;
import dev.l2mac.run.RunEvent;
import dev.l2mac.tools.CallHistory;
import dev.l2mac.tools.ToolResult;
import java.util.Optional;

/**
 * Tool calls as a resumed run knows them from its journal: the call just announced either has its result recorded
 * next (it finished before the interruption), or the recording ends right after its announcement (it was
 * interrupted).
 */
final class JournalCalls implements CallHistory {
    private final Journal journal;

    JournalCalls(Journal journal) {
        this.journal = journal;
    }

    @Override
    public Optional<ToolResult> recordedResult(ToolCall call) {
        Optional<RunEvent> next = journal.next();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        if (next.get() instanceof RunEvent.ToolReturned returned && returned.callId().equals(call.id())) {
            return Optional.of(resultOf(returned));
        }
        throw journal.divergence("executing the tool call " + call.id() + " (" + call.name() + ")");
    }

    @Override
    public boolean interrupted(ToolCall call) {
        return !journal.replaying() && journal.previous().orElse(null) instanceof RunEvent.ToolCalled called
                && called.callId().equals(call.id());
    }

    /** The result as the control unit had it, before it became the text recorded in the event. */
    static ToolResult resultOf(RunEvent.ToolReturned returned) {
        if (!returned.ok()) {
            String text = returned.text();
            return new ToolResult.Error(text.startsWith(InstructionRunner.ERROR_PREFIX)
                    ? text.substring(InstructionRunner.ERROR_PREFIX.length()) : text);
        }
        ToolResult.StepCompleted completed = new ToolResult.StepCompleted();
        return completed.text().equals(returned.text()) ? completed : new ToolResult.Ok(returned.text());
    }
}
