package dev.l2mac.resume;

import dev.l2mac.llm.ToolCall;
import dev.l2mac.run.RunEvent;
import dev.l2mac.tools.CallHistory;
import dev.l2mac.tools.ToolResult;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tool calls as a resumed run knows them from its journal: the call just announced either has its result recorded
 * next (it finished before the interruption), or the recording ends right after its announcement (it was
 * interrupted).
 */
public final class JournalCalls implements CallHistory {
    private final Journal journal;
    private final Function<RunEvent.ToolReturned, ToolResult> results;

    /** Calls known from {@code journal}, whose recorded results {@code results} reads back as the tool gave them. */
    public JournalCalls(Journal journal, Function<RunEvent.ToolReturned, ToolResult> results) {
        this.journal = journal;
        this.results = results;
    }

    @Override
    public Optional<ToolResult> recordedResult(ToolCall call) {
        Optional<RunEvent> next = journal.next();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        if (next.get() instanceof RunEvent.ToolReturned returned
                && returned.callId().equals(call.id())) {
            return Optional.of(results.apply(returned));
        }
        throw journal.divergence("executing the tool call " + call.id() + " (" + call.name() + ")");
    }

    @Override
    public boolean interrupted(ToolCall call) {
        return !journal.replaying()
                && journal.previous().orElse(null) instanceof RunEvent.ToolCalled called
                && called.callId().equals(call.id());
    }
}
