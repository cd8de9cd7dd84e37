package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckFeedbackTest {

    @Test
    void passes_only_when_nothing_failed_or_timed_out() {
        assertThat(CheckFeedback.allPass(List.of())).isTrue();
        assertThat(CheckFeedback.allPass(List.of(ScriptedChecks.passed(), ScriptedChecks.unavailable())))
                .isTrue();
        assertThat(CheckFeedback.allPass(List.of(ScriptedChecks.passed(), ScriptedChecks.timedOut())))
                .isFalse();
        assertThat(CheckFeedback.allPass(List.of(ScriptedChecks.failed("x"), ScriptedChecks.passed())))
                .isFalse();
    }

    @Test
    void reports_each_outcome_as_an_event_with_its_details() {
        assertThat(CheckFeedback.event(ScriptedChecks.passed()))
                .isEqualTo(new RunEvent.CheckReported("pytest", CheckOutcome.PASSED, "3 tests passed"));
        assertThat(CheckFeedback.event(ScriptedChecks.failed("assert 1 == 2")))
                .isEqualTo(new RunEvent.CheckReported(
                        "pytest",
                        CheckOutcome.FAILED,
                        "1 finding(s); first: tests/test_greet.py:4: error: assert 1 == 2"));
        assertThat(CheckFeedback.event(ScriptedChecks.timedOut()))
                .isEqualTo(new RunEvent.CheckReported("pytest", CheckOutcome.TIMED_OUT, "no result within 120 s"));
        assertThat(CheckFeedback.event(ScriptedChecks.unavailable()))
                .isEqualTo(new RunEvent.CheckReported("pylint", CheckOutcome.UNAVAILABLE, "pylint is not installed"));
    }

    @Test
    void renders_the_findings_for_the_model_within_the_cap() {
        List<CheckReport> reports = List.of(ScriptedChecks.failed("x".repeat(5_000)), ScriptedChecks.timedOut());

        String text = CheckFeedback.render(reports, 1_000);

        assertThat(text).hasSizeLessThanOrEqualTo(1_000).contains("tests/test_greet.py");
    }
}
