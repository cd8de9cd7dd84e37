package dev.l2mac.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.RecordedResponses;
import dev.l2mac.llm.ReplayLlm;
import dev.l2mac.llm.TokenCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedVerdictsTest {
    private static final String CALL = """
            {"choices": [{"finish_reason": "function_call", "message": {"content": null,
              "function_call": {"name": "write_files", "arguments": "{}"}}}], "usage": {"prompt_tokens": 9}}""";
    private static final String TEXT = """
            {"choices": [{"finish_reason": "stop", "message": {"content": "Summary."}}],
             "usage": {"prompt_tokens": 9}}""";
    private static final String FAILURE = "{\"error\": \"InvalidRequestError\"}";
    private static final List<CheckReport> FAILING = List.of(new CheckReport.Failed(
            "pytest", List.of(new Finding("test_app.py", 3, 0, Finding.Severity.ERROR, "assert 404 == 302", ""))));
    private static final List<CheckReport> PASSING = List.of(new CheckReport.Passed("pytest", "3 tests passed"));
    private static final ChatRequest ANY =
            new ChatRequest(List.of(new Message.UserMessage("go")), List.of(), null, 0.0, 10);

    private static ReplayLlm replay(String... entries) throws Exception {
        return new ReplayLlm(
                RecordedResponses.parse("[" + String.join(",", entries) + "]"), TokenCounter.forModel("gpt-4"));
    }

    @Test
    void reads_passed_checks_from_a_plain_text_reply_next() throws Exception {
        RecordedVerdicts verdicts = new RecordedVerdicts(replay(TEXT));

        assertThat(verdicts.checksPass(2, FAILING, false)).isTrue();
        assertThat(verdicts.decisions())
                .containsExactly(new RecordedVerdicts.Decision(RecordedVerdicts.Kind.CHECKS, 2, 0, true, false));
        assertThat(verdicts.decisions().getFirst().agrees()).isFalse();
    }

    @Test
    void reads_failed_checks_from_a_tool_call_or_a_failure_next() throws Exception {
        ReplayLlm llm = replay(CALL, FAILURE);
        RecordedVerdicts verdicts = new RecordedVerdicts(llm);

        assertThat(verdicts.checksPass(1, PASSING, true)).isFalse();
        llm.chat(ANY);
        assertThat(verdicts.checksPass(1, FAILING, false)).isFalse();
        assertThat(verdicts.decisions())
                .extracting(RecordedVerdicts.Decision::agrees)
                .containsExactly(false, true);
    }

    @Test
    void always_sends_so_that_a_recorded_failure_arrives_as_the_providers_overflow() throws Exception {
        ReplayLlm llm = replay(CALL, FAILURE);
        RecordedVerdicts verdicts = new RecordedVerdicts(llm);

        assertThat(verdicts.overflowsBeforeSending(1, 9_000, true)).isFalse();
        llm.chat(ANY);
        assertThat(verdicts.overflowsBeforeSending(1, 100, false)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> llm.chat(ANY))
                .isInstanceOf(LlmException.ContextOverflow.class);
        assertThat(verdicts.decisions())
                .containsExactly(
                        new RecordedVerdicts.Decision(RecordedVerdicts.Kind.OVERFLOW, 1, 0, false, true),
                        new RecordedVerdicts.Decision(RecordedVerdicts.Kind.OVERFLOW, 1, 1, true, false));
    }

    @Test
    void follows_the_recording_without_counting_a_decision_when_no_check_ran() throws Exception {
        RecordedVerdicts verdicts = new RecordedVerdicts(replay(CALL));

        assertThat(verdicts.checksPass(1, List.of(), true)).isFalse();
        assertThat(verdicts.decisions()).isEmpty();
    }
}
