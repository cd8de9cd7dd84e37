package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.JUnitXmlReport.Outcome;
import dev.l2mac.check.JUnitXmlReport.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PytestFindingsTest {

    @TempDir
    Path workspace;

    private List<Finding> findings(TestCase... cases) {
        return PytestFindings.of(new JUnitXmlReport(List.of(cases)), workspace);
    }

    @Test
    void locates_a_test_without_a_file_attribute_through_its_classname() throws Exception {
        Files.createDirectories(workspace.resolve("pkg"));
        Files.writeString(workspace.resolve("pkg/test_mod.py"), "");

        Finding finding = findings(
                        new TestCase("pkg.test_mod.TestThing", "test_it", "", 6, Outcome.FAILED, "assert False", ""))
                .getFirst();

        assertThat(finding.file()).isEqualTo("pkg/test_mod.py");
        assertThat(finding.line()).isEqualTo(7);
        assertThat(finding.message()).isEqualTo("pkg/test_mod.py::TestThing::test_it failed: assert False");
    }

    @Test
    void names_a_test_by_classname_when_no_file_can_be_found() {
        Finding finding = findings(new TestCase(
                        "gone.test_mod", "test_it", "", -1, Outcome.FAILED, "", "E   AssertionError: totals differ"))
                .getFirst();

        assertThat(finding.file()).isEmpty();
        assertThat(finding.line()).isZero();
        assertThat(finding.message()).isEqualTo("gone.test_mod::test_it failed: AssertionError: totals differ");
    }

    @Test
    void prefers_the_failing_line_in_the_test_file_over_the_definition() {
        String traceback = """
                tests/test_a.py:9: in test_total
                    assert total(cart) == 10
                app/cart.py:4: in total
                    return sum(cart) + oops
                E   NameError: name 'oops' is not defined""";

        Finding finding = findings(new TestCase(
                        "tests.test_a",
                        "test_total",
                        "tests/test_a.py",
                        7,
                        Outcome.FAILED,
                        "NameError: name 'oops' is not defined",
                        traceback))
                .getFirst();

        assertThat(finding.line()).isEqualTo(9);
        assertThat(finding.context()).isEqualTo(traceback);
    }
}
