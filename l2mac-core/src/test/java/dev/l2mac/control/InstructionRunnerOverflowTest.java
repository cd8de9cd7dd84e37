package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.program.PromptName;
import dev.l2mac.run.FailureKind;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Overflow recovery: when the next request would not fit (or the provider says it did not), the runner asks for a
 * progress summary without tools, trimming old exchanges until that question fits, and restarts the instruction in
 * a fresh context that carries the summary; a bounded number of times.
 */
class InstructionRunnerOverflowTest {
    private static final int RESERVE = 500;
    private static final String PROGRESS = "Wrote a.py and b.py; c.py remains.";
    private final RunnerBench bench = new RunnerBench();

    @Test
    void predicted_overflow_trims_asks_for_a_summary_without_tools_and_restarts_with_it() {
        ToolCall writeA = write(Map.of("a.py", lines("A_VALUE")));
        ToolCall writeB = write(Map.of("b.py", lines("B_VALUE")));
        int exchange = bench.counter.count(writeA.arguments());
        int window = bench.freshContextTokens() + RESERVE + exchange * 3 / 2;
        bench.model
                .thenCalls(writeA)
                .thenCalls(writeB)
                .thenText(PROGRESS)
                .thenCalls(complete())
                .thenText("done");

        StepOutcome outcome =
                bench.run(Limits.builder().contextWindow(window, RESERVE).build());

        assertThat(outcome).isEqualTo(new StepOutcome.Completed("done"));
        List<ChatRequest> requests = bench.model.requests();
        assertThat(requests).hasSize(5);
        ChatRequest summaryRequest = requests.get(2);
        assertThat(summaryRequest.tools()).isEmpty();
        assertThat(RunnerBench.lastText(summaryRequest)).isEqualTo(bench.prompt(PromptName.PROGRESS_SUMMARY_REQUEST));
        assertThat(RunnerBench.allText(summaryRequest))
                .as("the oldest exchange was trimmed")
                .contains("B_VALUE")
                .doesNotContain("A_VALUE");
        ChatRequest restarted = requests.get(3);
        assertThat(restarted.tools()).isNotEmpty();
        assertThat(restarted.messages()).hasSize(3).noneMatch(Message.AssistantMessage.class::isInstance);
        assertThat(restarted.messages().getLast().text()).contains(PROGRESS);
        RunEvent.ContextOverflowed overflow =
                bench.events(RunEvent.ContextOverflowed.class).getFirst();
        assertThat(overflow.instruction()).isEqualTo(1);
        assertThat(overflow.restart()).isEqualTo(1);
        assertThat(overflow.cause()).isEqualTo("predicted before sending");
        assertThat(overflow.promptTokens() + RESERVE).isGreaterThan(window);
        assertThat(bench.files.list()).containsExactly("a.py", "b.py");
    }

    @Test
    void provider_reported_overflow_takes_the_same_path() {
        bench.model
                .thenCalls(write(Map.of("a.py", "x = 1\n")))
                .thenFail(new LlmException.ContextOverflow("maximum context length is 8192 tokens", null))
                .thenText(PROGRESS)
                .thenCalls(complete())
                .thenText("done");

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed("done"));
        List<ChatRequest> requests = bench.model.requests();
        assertThat(requests.get(2).tools()).isEmpty();
        assertThat(requests.get(3).messages().getLast().text()).contains(PROGRESS);
        assertThat(bench.events(RunEvent.ContextOverflowed.class))
                .extracting(RunEvent.ContextOverflowed::cause)
                .containsExactly("reported by the provider");
        assertThat(bench.events(RunEvent.RequestFailed.class))
                .extracting(RunEvent.RequestFailed::kind)
                .containsExactly(FailureKind.CONTEXT_OVERFLOW);
    }

    @Test
    void drops_the_oldest_exchange_when_the_provider_refuses_the_summary_request() {
        bench.model
                .thenCalls(write(Map.of("a.py", "A_VALUE = 1\n")))
                .thenCalls(write(Map.of("b.py", "B_VALUE = 2\n")))
                .thenFail(new LlmException.ContextOverflow("too long", null))
                .thenFail(new LlmException.ContextOverflow("still too long", null))
                .thenText(PROGRESS)
                .thenCalls(complete())
                .thenText("done");

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed("done"));
        List<ChatRequest> requests = bench.model.requests();
        assertThat(RunnerBench.allText(requests.get(3))).contains("A_VALUE", "B_VALUE");
        assertThat(RunnerBench.allText(requests.get(4))).contains("B_VALUE").doesNotContain("A_VALUE");
    }

    @Test
    void fails_after_more_than_max_restarts_overflows_naming_the_limit() {
        bench.model
                .thenCalls(write(Map.of("a.py", "x = 1\n")))
                .thenFail(overflow())
                .thenText(PROGRESS)
                .thenCalls(write(Map.of("b.py", "y = 2\n")))
                .thenFail(overflow());

        StepOutcome outcome = bench.run(Limits.builder().maxRestarts(1).build());

        assertThat(outcome)
                .isEqualTo(new StepOutcome.Failed(
                        "instruction 1 failed: its context overflowed more than limits.max-restarts=1 times"));
        assertThat(bench.model.requests()).hasSize(5);
        assertThat(bench.events(RunEvent.ContextOverflowed.class)).hasSize(1);
    }

    @Test
    void zero_restarts_fail_at_the_first_overflow_without_asking_for_a_summary() {
        bench.model.thenCalls(write(Map.of("a.py", "x = 1\n"))).thenFail(overflow());

        StepOutcome outcome = bench.run(Limits.builder().maxRestarts(0).build());

        assertThat(outcome).isInstanceOf(StepOutcome.Failed.class);
        assertThat(((StepOutcome.Failed) outcome).reason()).contains("limits.max-restarts=0");
        assertThat(bench.model.requests()).hasSize(2);
    }

    @Test
    void fails_clearly_when_the_fresh_context_alone_does_not_fit() {
        int fresh = bench.freshContextTokens();
        int window = fresh + RESERVE - 1;

        StepOutcome outcome =
                bench.run(Limits.builder().contextWindow(window, RESERVE).build());

        assertThat(outcome)
                .isEqualTo(new StepOutcome.Failed("instruction 1 failed: its fresh context alone needs "
                        + fresh + " tokens, more than limits.context-window=" + window + " minus limits.reserve-tokens="
                        + RESERVE + "; use a model with a larger context window or a shorter task"));
        assertThat(bench.model.requests()).isEmpty();
    }

    @Test
    void sends_a_fresh_context_that_fits_exactly() {
        int window = bench.freshContextTokens() + RESERVE;
        bench.model.thenCalls(complete()).thenText("done");

        assertThat(bench.run(Limits.builder().contextWindow(window, RESERVE).build()))
                .isEqualTo(new StepOutcome.Completed("done"));
    }

    @Test
    void says_the_configured_window_is_too_large_when_the_provider_refuses_a_fresh_context_that_fits_by_count() {
        bench.model.thenFail(overflow());

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isInstanceOf(StepOutcome.Failed.class);
        assertThat(((StepOutcome.Failed) outcome).reason())
                .contains("the provider", "limits.context-window=" + Limits.DEFAULTS.contextWindow())
                .doesNotContain("alone needs");
    }

    @Test
    void reports_a_model_failure_during_the_progress_summary_as_a_model_failure() {
        bench.model
                .thenCalls(write(Map.of("a.py", "x = 1\n")))
                .thenFail(overflow())
                .thenFail(new LlmException.AuthenticationFailed("401: invalid api key", null));

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isInstanceOf(StepOutcome.ModelFailed.class);
        assertThat(((StepOutcome.ModelFailed) outcome).reason()).contains("401: invalid api key");
    }

    @Test
    void reports_a_model_failure_during_the_handover_as_a_model_failure() {
        bench.model.thenCalls(complete()).thenFail(new LlmException.Transient("503 after 5 retries", null));

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isInstanceOf(StepOutcome.ModelFailed.class);
        assertThat(((StepOutcome.ModelFailed) outcome).reason()).contains("503 after 5 retries");
    }

    private static LlmException overflow() {
        return new LlmException.ContextOverflow("maximum context length exceeded", null);
    }

    private static String lines(String prefix) {
        return IntStream.range(0, 400)
                .mapToObj(i -> prefix + "_" + i + " = " + (i * 7))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
