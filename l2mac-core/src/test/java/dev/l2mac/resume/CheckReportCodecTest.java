package dev.l2mac.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReportCodecTest {

    @Test
    void every_kind_of_report_and_its_environment_notes_survive_the_event_log() {
        Finding note = Finding.note(
                "app.py",
                1,
                "the package 'flask' is declared in requirements.txt but not" + " installed where the checks run");
        Finding error = new Finding("app.py", 3, 5, Finding.Severity.ERROR, "E0602 Undefined variable 'x'", "3 | x\n");
        List<CheckReport> reports = List.of(
                new CheckReport.Passed("pytest", "2 tests passed", List.of(note)),
                new CheckReport.Failed("pylint", List.of(error), List.of(note)),
                new CheckReport.Failed(
                        "pytest",
                        List.of(new Finding("test_a.py", 2, 0, Finding.Severity.ERROR, "test_a.py::t failed", "")
                                .ofTest("test_a.py::t")),
                        List.of(),
                        2),
                new CheckReport.TimedOut("pytest", Duration.ofSeconds(3), "collected 1 item"),
                new CheckReport.Unavailable("pylint", "pylint is not installed"));

        assertThat(CheckReportCodec.decode(CheckReportCodec.encode(reports))).isEqualTo(reports);
    }

    @Test
    void reads_findings_logged_before_they_named_a_test_or_counted_what_was_left_out() throws Exception {
        String logged = "[{\"checker\":\"pylint\",\"kind\":\"failed\",\"findings\":[{\"file\":\"a.py\","
                + "\"line\":1,\"column\":0,\"severity\":\"ERROR\",\"message\":\"E1\",\"context\":\"\"}]}]";

        assertThat(CheckReportCodec.decode(new ObjectMapper().readTree(logged)))
                .containsExactly(new CheckReport.Failed(
                        "pylint", List.of(new Finding("a.py", 1, 0, Finding.Severity.ERROR, "E1", ""))));
    }

    @Test
    void reads_reports_logged_before_notes_existed() throws Exception {
        String logged = "[{\"checker\":\"pytest\",\"kind\":\"passed\",\"summary\":\"1 test passed\"}]";

        assertThat(CheckReportCodec.decode(new ObjectMapper().readTree(logged)))
                .containsExactly(new CheckReport.Passed("pytest", "1 test passed"));
    }
}
