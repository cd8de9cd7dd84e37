package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.view;
import static dev.l2mac.control.ScriptedCalls.write;
import static dev.l2mac.control.ScriptedChecks.failed;
import static dev.l2mac.control.ScriptedChecks.passed;
import static dev.l2mac.control.ScriptedChecks.timedOut;
import static dev.l2mac.control.ScriptedChecks.unavailable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.program.PromptName;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the checks run after the model declares an instruction complete decide its outcome. */
class InstructionRunnerChecksTest {
    private static final String SUMMARY = "Wrote greet.py with greet(name); tests in tests/test_greet.py.";
    private final RunnerBench bench = new RunnerBench();

    @Test
    void completes_instruction_when_checks_pass() throws MemoryException {
        bench.model
                .thenCalls(write(Map.of("greet.py", "def greet(name):\n    return 'Hello ' + name\n")))
                .thenCalls(complete())
                .thenText("  " + SUMMARY + "\n");
        bench.checks.then(passed());

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed(SUMMARY));
        assertThat(bench.files.read("greet.py")).contains("Hello");
        assertThat(bench.checks.runs()).isEqualTo(1);
        ChatRequest handoverRequest = bench.model.requests().getLast();
        assertThat(handoverRequest.tools()).isEmpty();
        assertThat(RunnerBench.lastText(handoverRequest)).isEqualTo(bench.prompt(PromptName.HANDOVER_REQUEST));
        assertThat(bench.events(RunEvent.InstructionCompleted.class))
                .containsExactly(new RunEvent.InstructionCompleted(1, SUMMARY));
        assertThat(bench.events(RunEvent.CheckReported.class))
                .containsExactly(new RunEvent.CheckReported("pytest", CheckOutcome.PASSED, "3 tests passed"));
    }

    @Test
    void shows_the_previous_handover_in_the_fresh_context() {
        bench.model.thenCalls(complete()).thenText(SUMMARY);

        bench.run(Limits.DEFAULTS, RunnerBench.STEP, "Step 1 built config.py with load().");

        ChatRequest first = bench.model.requests().getFirst();
        assertThat(first.messages()).hasSize(2);
        assertThat(first.messages().get(1).text())
                .contains("Step 1 built config.py with load().")
                .doesNotContain(ContextBuilder.FIRST_STEP_HANDOVER);
    }

    @Test
    void feeds_findings_back_when_checks_fail() {
        bench.model
                .thenCalls(complete())
                .thenCalls(write(Map.of("greet.py", "def greet(name):\n    return 'Hello ' + name\n")))
                .thenCalls(complete())
                .thenText(SUMMARY);
        bench.checks
                .then(failed("AssertionError: assert 'Hi Ada' == 'Hello Ada'"))
                .then(passed());

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed(SUMMARY));
        String feedback = RunnerBench.lastText(bench.model.requests().get(1));
        assertThat(feedback)
                .startsWith("The checks found problems")
                .contains("tests/test_greet.py:4", "assert 'Hi Ada' == 'Hello Ada'");
        assertThat(bench.checks.runs()).isEqualTo(2);
        assertThat(bench.events(RunEvent.CheckReported.class))
                .extracting(RunEvent.CheckReported::outcome)
                .containsExactly(CheckOutcome.FAILED, CheckOutcome.PASSED);
    }

    @Test
    void fails_after_max_correction_rounds_naming_the_limit() {
        bench.model.thenCalls(complete()).thenCalls(complete()).thenCalls(complete());
        bench.checks.then(failed("first")).then(failed("second")).then(failed("third"));

        StepOutcome outcome = bench.run(Limits.builder().maxCorrectionRounds(2).build());

        assertThat(outcome).isInstanceOf(StepOutcome.Failed.class);
        assertThat(((StepOutcome.Failed) outcome).reason())
                .startsWith("instruction 1 failed: its checks still fail after limits.max-correction-rounds=2")
                .contains("third");
        assertThat(bench.model.requests()).hasSize(3);
        assertThat(bench.model.remainingSteps()).isZero();
        assertThat(bench.events(RunEvent.InstructionFailed.class)).hasSize(1);
    }

    @Test
    void ends_when_the_same_failing_checks_come_back_with_only_reads_in_between() {
        bench.model
                .thenCalls(complete())
                .thenCalls(view("greet.py"), complete())
                .thenCalls(complete())
                .thenCalls(complete());
        bench.checks
                .then(failed("E0401 Unable to import 'flask'"))
                .then(failed("E0401 Unable to import 'flask'"))
                .then(failed("E0401 Unable to import 'flask'"))
                .then(failed("E0401 Unable to import 'flask'"));

        StepOutcome outcome =
                bench.run(Limits.builder().maxUnchangedCheckRounds(1).build());

        assertThat(outcome).isInstanceOf(StepOutcome.Failed.class);
        assertThat(((StepOutcome.Failed) outcome).reason())
                .startsWith("instruction 1 failed: the same failing checks came back 2 times with no file changed in"
                        + " between, more than limits.max-unchanged-check-rounds=1")
                .contains("Unable to import 'flask'");
        assertThat(bench.model.requests()).hasSize(3);
        assertThat(bench.checks.runs()).isEqualTo(3);
    }

    @Test
    void an_edit_between_identical_failing_checks_gives_the_model_another_round() {
        String file = "greet.py";
        bench.model
                .thenCalls(complete())
                .thenCalls(write(Map.of(file, "def greet(name):\n    return name\n")), complete())
                .thenCalls(write(Map.of(file, "def greet(name):\n    return 'Hi ' + name\n")), complete())
                .thenCalls(write(Map.of(file, "def greet(name):\n    return 'Hello ' + name\n")), complete())
                .thenText(SUMMARY);
        bench.checks
                .then(failed("same"))
                .then(failed("same"))
                .then(failed("same"))
                .then(passed());

        StepOutcome outcome =
                bench.run(Limits.builder().maxUnchangedCheckRounds(0).build());

        assertThat(outcome).isEqualTo(new StepOutcome.Completed(SUMMARY));
        assertThat(bench.checks.runs()).isEqualTo(4);
    }

    @Test
    void zero_correction_rounds_fail_at_the_first_failing_check() {
        bench.model.thenCalls(complete());
        bench.checks.then(failed("broken"));

        StepOutcome outcome = bench.run(Limits.builder().maxCorrectionRounds(0).build());

        assertThat(outcome).isInstanceOf(StepOutcome.Failed.class);
        assertThat(((StepOutcome.Failed) outcome).reason()).contains("limits.max-correction-rounds=0", "broken");
    }

    @Test
    void treats_a_timed_out_check_as_a_failure_never_a_pass() {
        bench.model.thenCalls(complete()).thenCalls(complete()).thenText(SUMMARY);
        bench.checks.then(passed(), timedOut()).then(passed(), passed());

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed(SUMMARY));
        assertThat(bench.checks.runs()).isEqualTo(2);
        String feedback = RunnerBench.lastText(bench.model.requests().get(1));
        assertThat(feedback).startsWith("The checks found problems").contains("pytest");
        assertThat(bench.events(RunEvent.CheckReported.class))
                .extracting(RunEvent.CheckReported::outcome)
                .containsExactly(CheckOutcome.PASSED, CheckOutcome.TIMED_OUT, CheckOutcome.PASSED, CheckOutcome.PASSED);
    }

    @Test
    void a_check_that_keeps_timing_out_fails_the_instruction() {
        bench.model.thenCalls(complete()).thenCalls(complete());
        bench.checks.then(timedOut()).then(timedOut());

        StepOutcome outcome = bench.run(Limits.builder().maxCorrectionRounds(1).build());

        assertThat(outcome).isInstanceOf(StepOutcome.Failed.class);
        assertThat(((StepOutcome.Failed) outcome).reason()).contains("limits.max-correction-rounds=1");
    }

    @Test
    void an_unavailable_check_does_not_block_completion() {
        bench.model.thenCalls(complete()).thenText(SUMMARY);
        bench.checks.then(unavailable(), passed());

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed(SUMMARY));
        assertThat(bench.events(RunEvent.CheckReported.class))
                .contains(new RunEvent.CheckReported("pylint", CheckOutcome.UNAVAILABLE, "pylint is not installed"));
    }

    @Test
    void completes_when_there_is_nothing_to_check() {
        bench.model.thenCalls(complete()).thenText(SUMMARY);

        assertThat(bench.run(Limits.DEFAULTS)).isEqualTo(new StepOutcome.Completed(SUMMARY));
        assertThat(bench.checks.runs()).isEqualTo(1);
    }

    @Test
    void runs_the_checks_only_when_the_model_declares_completion() {
        bench.model
                .thenCalls(write(Map.of("a.py", "x = 1\n")))
                .thenCalls(write(Map.of("b.py", "y = 2\n")))
                .thenCalls(complete())
                .thenText(SUMMARY);

        bench.run(Limits.DEFAULTS);

        assertThat(bench.checks.runs()).isEqualTo(1);
        assertThat(bench.model.requests())
                .extracting(ChatRequest::tools)
                .extracting(List::isEmpty)
                .containsExactly(false, false, false, true);
    }
}
