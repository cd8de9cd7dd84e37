package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

    private static final int ROOMY = 10_000;

    private static Finding syntaxError(String file, int line) {
        return new Finding(
                file,
                line,
                9,
                Finding.Severity.ERROR,
                "'(' was never closed",
                line + " | def total(items:\n  |         ^\n");
    }

    @Test
    void renders_findings_with_place_message_and_context() {
        String text = ReportRenderer.render(
                List.of(new CheckReport.Failed("python-syntax", List.of(syntaxError("app/models.py", 4)))), ROOMY);

        assertThat(text).isEqualTo("""
                python-syntax: failed with 1 problem
                app/models.py:4:9: error: '(' was never closed
                    4 | def total(items:
                      |         ^
                """);
    }

    @Test
    void renders_each_kind_of_report() {
        String text = ReportRenderer.render(
                List.of(
                        new CheckReport.Passed("python-syntax", "3 Python files parse"),
                        new CheckReport.Unavailable("pylint", "pylint is not installed"),
                        new CheckReport.TimedOut("pytest", Duration.ofSeconds(120), "collected 3 items\n")),
                ROOMY);

        assertThat(text).startsWith("""
                python-syntax: passed (3 Python files parse)
                pylint: not run, for a reason in the environment (not an error in the code; nothing to fix): \
                pylint is not installed
                pytest: timed out after 120s and was stopped;""").endsWith("Output before it stopped:\ncollected 3 items\n");
    }

    @Test
    void renders_notes_about_the_environment_after_the_findings_as_nothing_to_fix() {
        Finding note = Finding.note(
                "app.py",
                1,
                "the package 'flask' is declared in requirements.txt but not" + " installed where the checks run");

        String text = ReportRenderer.render(
                List.of(
                        new CheckReport.Failed("pylint", List.of(syntaxError("app/models.py", 4)), List.of(note)),
                        new CheckReport.Passed("pytest", "2 tests passed", List.of(note))),
                ROOMY);

        assertThat(text).isEqualTo("""
                pylint: failed with 1 problem
                app/models.py:4:9: error: '(' was never closed
                    4 | def total(items:
                      |         ^
                  notes about the environment (not an error in the code; nothing to fix):
                  app.py:1: note: the package 'flask' is declared in requirements.txt but not installed where \
                the checks run
                pytest: passed (2 tests passed)
                  notes about the environment (not an error in the code; nothing to fix):
                  app.py:1: note: the package 'flask' is declared in requirements.txt but not installed where \
                the checks run
                """);
    }

    @Test
    void keeps_every_header_and_counts_the_findings_that_did_not_fit() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            findings.add(syntaxError("m" + i + ".py", i));
        }
        int cap = 1_000;

        String text = ReportRenderer.render(
                List.of(
                        new CheckReport.Failed("python-syntax", findings),
                        new CheckReport.TimedOut("pytest", Duration.ofMillis(2_500), "x".repeat(5_000))),
                cap);

        assertThat(text.length()).isLessThanOrEqualTo(cap);
        assertThat(text)
                .startsWith("python-syntax: failed with 100 problems\nm1.py:1:9:")
                .contains("more findings not shown; fix the ones above first")
                .contains("pytest: timed out after 2500ms");
    }

    @Test
    void shortens_a_long_timed_out_output_keeping_its_end() {
        String output = "start\n" + "y".repeat(3_000) + "\nlast line\n";

        String text = ReportRenderer.render(
                List.of(new CheckReport.TimedOut("pytest", Duration.ofSeconds(2), output)), 1_000);

        assertThat(text.length()).isLessThanOrEqualTo(1_000);
        assertThat(text).endsWith("last line\n").doesNotContain("start");
    }

    @Test
    void never_exceeds_even_a_tiny_cap() {
        String text = ReportRenderer.render(
                List.of(new CheckReport.Failed("python-syntax", List.of(syntaxError("a.py", 1)))), 10);

        assertThat(text).hasSize(10);
    }

    @Test
    void refuses_a_cap_that_is_not_positive() {
        assertThatThrownBy(() -> ReportRenderer.render(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
