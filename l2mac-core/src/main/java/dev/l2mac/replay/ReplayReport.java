package dev.l2mac.replay;

import dev.l2mac.llm.ReplayLlm;
import java.util.List;
import java.util.Locale;

/**
 * What a replay of a recorded run showed: how much of the recording it consumed, how far the program got, how often
 * an instruction restarted after an overflow, where our own checks and token count agreed with the recording's
 * decisions and where they did not, and the prompt tokens our engine built for each request next to the recorded
 * ones.
 *
 * @param tokens totals over the requests the recording answered with a reply (its failed requests report no usage)
 */
public record ReplayReport(
        String runId,
        String status,
        String reason,
        int responses,
        int responsesConsumed,
        int failuresRecorded,
        int instructionsCompleted,
        int restarts,
        Agreement checks,
        Agreement overflowPredictions,
        List<RecordedVerdicts.Decision> disagreements,
        Tokens tokens,
        List<ReplayLlm.Served> requests) {

    public ReplayReport {
        disagreements = List.copyOf(disagreements);
        requests = List.copyOf(requests);
    }

    /** How many of one kind of decision our engine made as the recording did, and how many it did not. */
    public record Agreement(int agreed, int disagreed) {
        static Agreement of(List<RecordedVerdicts.Decision> decisions, RecordedVerdicts.Kind kind) {
            List<RecordedVerdicts.Decision> ofKind =
                    decisions.stream().filter(d -> d.kind() == kind).toList();
            int agreed = (int)
                    ofKind.stream().filter(RecordedVerdicts.Decision::agrees).count();
            return new Agreement(agreed, ofKind.size() - agreed);
        }
    }

    /** Prompt tokens of the requests answered with a reply: ours (built and counted here) and the recording's. */
    public record Tokens(int replies, long built, long recorded) {
        static Tokens of(List<ReplayLlm.Served> served) {
            List<ReplayLlm.Served> replies =
                    served.stream().filter(s -> !s.failed()).toList();
            return new Tokens(
                    replies.size(),
                    replies.stream()
                            .mapToLong(ReplayLlm.Served::builtPromptTokens)
                            .sum(),
                    replies.stream()
                            .mapToLong(ReplayLlm.Served::recordedPromptTokens)
                            .sum());
        }

        /** Our total as a share of the recorded total; 0 when nothing was recorded. */
        public double ratio() {
            return recorded == 0 ? 0 : (double) built / recorded;
        }
    }

    /** True when every recorded response was served, in order, and none was asked for beyond them. */
    public boolean consumedWholeRecording() {
        return responsesConsumed == responses;
    }

    /** The report as lines for a person. */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT, "Replay of %d recorded responses (%d failed requests)%n", responses, failuresRecorded));
        text.append(String.format(
                Locale.ROOT, "  responses consumed:      %d of %d, in order%n", responsesConsumed, responses));
        text.append(String.format(
                Locale.ROOT,
                "  instructions completed:  %d (run %s%s)%n",
                instructionsCompleted,
                status,
                reason.isBlank() ? "" : ": " + firstLine(reason)));
        text.append(String.format(Locale.ROOT, "  restarts after overflow: %d%n", restarts));
        text.append(String.format(
                Locale.ROOT,
                "  check verdicts:          %d agreed with the recording, %d did not%n",
                checks.agreed(),
                checks.disagreed()));
        text.append(String.format(
                Locale.ROOT,
                "  overflow predictions:    %d agreed with the recording, %d did not%n",
                overflowPredictions.agreed(),
                overflowPredictions.disagreed()));
        for (RecordedVerdicts.Decision d : disagreements) {
            text.append(String.format(
                    Locale.ROOT,
                    "    instruction %d, before response %d: %s recorded %s, ours %s%n",
                    d.instruction(),
                    d.entry(),
                    d.kind() == RecordedVerdicts.Kind.CHECKS ? "checks pass:" : "overflow:",
                    d.recorded(),
                    d.own()));
        }
        text.append(String.format(
                Locale.ROOT,
                "  prompt tokens for the %d replies: ours %,d, recorded %,d (%.1f%%)%n",
                tokens.replies(),
                tokens.built(),
                tokens.recorded(),
                100 * tokens.ratio()));
        return text.toString();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
