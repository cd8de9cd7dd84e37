package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitXmlReportTest {

    @TempDir
    Path directory;

    private JUnitXmlReport.TestCase only(String xml) throws Exception {
        Path file = directory.resolve("report.xml");
        Files.writeString(file, xml);
        List<JUnitXmlReport.TestCase> cases =
                JUnitXmlReport.read(file).orElseThrow().testCases();
        assertThat(cases).hasSize(1);
        return cases.getFirst();
    }

    @Test
    void reads_outcomes_locations_and_messages() throws Exception {
        Path file = directory.resolve("report.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="4">
                <testcase classname="tests.test_a" name="test_fail" file="tests/test_a.py" line="3">
                <failure message="assert 1 == 2">tests/test_a.py:5: in test_fail</failure></testcase>
                <testcase classname="tests.test_a" name="test_error" file="tests/test_a.py" line="7">
                <error message="failed on setup">fixture 'db' not found</error></testcase>
                <testcase classname="tests.test_a" name="test_skip"><skipped message="later"/></testcase>
                <testcase classname="tests.test_a" name="test_pass" file="tests/test_a.py" line="12"/>
                </testsuite></testsuites>
                """);

        JUnitXmlReport report = JUnitXmlReport.read(file).orElseThrow();

        assertThat(report.testCases())
                .extracting(JUnitXmlReport.TestCase::outcome)
                .containsExactly(
                        JUnitXmlReport.Outcome.FAILED,
                        JUnitXmlReport.Outcome.ERROR,
                        JUnitXmlReport.Outcome.SKIPPED,
                        JUnitXmlReport.Outcome.PASSED);
        JUnitXmlReport.TestCase failed = report.testCases().getFirst();
        assertThat(failed.line()).isEqualTo(3);
        assertThat(failed.message()).isEqualTo("assert 1 == 2");
        assertThat(failed.details()).isEqualTo("tests/test_a.py:5: in test_fail");
        assertThat(report.testCases().get(2).line()).isEqualTo(-1);
        assertThat(report.problems()).hasSize(2);
        assertThat(report.count(JUnitXmlReport.Outcome.PASSED)).isEqualTo(1);
    }

    @Test
    void refuses_a_report_with_an_external_entity() throws Exception {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path file = directory.resolve("report.xml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE testsuites [<!ENTITY leak SYSTEM "%s">]>
                <testsuites><testsuite><testcase classname="t" name="x">
                <failure message="&leak;">&leak;</failure></testcase></testsuite></testsuites>
                """.formatted(secret.toUri()));

        assertThat(JUnitXmlReport.read(file)).isEmpty();
    }

    @Test
    void is_empty_for_a_missing_or_malformed_report() throws Exception {
        Path file = directory.resolve("report.xml");
        assertThat(JUnitXmlReport.read(file)).isEmpty();

        Files.writeString(file, "<testsuites><testsuite>");
        assertThat(JUnitXmlReport.read(file)).isEmpty();
    }

    @Test
    void prefers_the_error_when_a_test_failed_and_then_errored_in_teardown() throws Exception {
        JUnitXmlReport.TestCase test = only("""
                <testsuites><testsuite><testcase classname="t" name="x">
                <failure message="assert 0">a</failure><error message="failed on teardown">b</error>
                </testcase></testsuite></testsuites>
                """);

        assertThat(test.outcome()).isEqualTo(JUnitXmlReport.Outcome.ERROR);
        assertThat(test.message()).isEqualTo("failed on teardown");
    }

    @Test
    void leaves_a_report_larger_than_its_limit_unparsed() throws Exception {
        Path file = directory.resolve("report.xml");
        Files.writeString(
                file, "<testsuites><testsuite><testcase classname=\"a\" name=\"b\"/></testsuite>" + "</testsuites>");
        try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(JUnitXmlReport.MAX_REPORT_BYTES + 1);
        }

        assertThat(JUnitXmlReport.read(file)).isEmpty();
    }
}
