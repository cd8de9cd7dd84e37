package dev.l2mac.replay;

import dev.l2mac.check.CheckReport;
import dev.l2mac.control.Verdicts;
import dev.l2mac.llm.RecordedResponses;
import dev.l2mac.llm.ReplayLlm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verdicts that follow a recorded run, read from the entry the recording will answer next, and that remember
 * every decision next to the one the control unit would have made on its own.
 *
 * <p>Overflow: a replay always sends, so that a recorded failure comes back from the recording as the provider's
 * overflow. Checks: the recorded run passed them when its next reply is plain text (the summary it was asked for);
 * any other next entry (a tool call, or a failure before the summary could be asked) means they failed. Checks
 * that did not run (no reports) are followed but not counted: there is no judgement of our own to compare.
 */
public final class RecordedVerdicts implements Verdicts {

    /** The two judgements a replay follows. */
    public enum Kind {
        OVERFLOW,
        CHECKS
    }

    /**
     * One judgement: at which instruction, before which recorded entry, what the recording decided and what the
     * control unit would have decided on its own.
     */
    public record Decision(Kind kind, int instruction, int entry, boolean recorded, boolean own) {
        public boolean agrees() {
            return recorded == own;
        }
    }

    private final ReplayLlm recording;
    private final List<Decision> decisions = new ArrayList<>();

    RecordedVerdicts(ReplayLlm recording) {
        this.recording = recording;
    }

    @Override
    public synchronized boolean overflowsBeforeSending(int instruction, int promptTokens, boolean ownPrediction) {
        Optional<RecordedResponses.Entry> next = recording.peek();
        next.ifPresent(entry -> decisions.add(new Decision(
                Kind.OVERFLOW,
                instruction,
                entry.index(),
                entry instanceof RecordedResponses.Entry.Failure,
                ownPrediction)));
        return false;
    }

    @Override
    public synchronized boolean checksPass(int instruction, List<CheckReport> reports, boolean ownVerdict) {
        Optional<RecordedResponses.Entry> next = recording.peek();
        boolean passed = next.isPresent()
                && next.get() instanceof RecordedResponses.Entry.Reply reply
                && !reply.response().message().hasToolCalls();
        if (!reports.isEmpty()) {
            decisions.add(new Decision(
                    Kind.CHECKS,
                    instruction,
                    next.map(RecordedResponses.Entry::index).orElse(-1),
                    passed,
                    ownVerdict));
        }
        return passed;
    }

    synchronized List<Decision> decisions() {
        return List.copyOf(decisions);
    }
}
