package dev.l2mac.check.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.LeakyWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a checker's output names is generated code's to choose: node test and tsc findings read only files that pass
 * the containment rule, and show anything else as plain text.
 */
class NodeOutputContainmentTest extends LeakyWorkspace {

    @Test
    void a_node_test_frame_naming_a_path_outside_is_shown_as_plain_text() {
        String details =
                "Error: boom\n    at file://" + workspace.toAbsolutePath() + "/../home/.l2mac/config.yaml:2:3\n";
        JUnitXmlReport report = new JUnitXmlReport(List.of(
                new JUnitXmlReport.TestCase("", "adds", "", 0, JUnitXmlReport.Outcome.FAILED, "boom", details)));

        List<Finding> findings = NodeTestRun.findings(report, workspace, "");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEmpty();
            assertThat(finding.line()).isZero();
            assertThat(finding.context()).contains("config.yaml:2:3").doesNotContain("sk-canary");
        });
    }

    @Test
    void the_typescript_compiler_shows_no_lines_through_a_link_out() {
        String output = "app/notes.py(2,3): error TS1005: ';' expected.\n"
                + "../home/.l2mac/config.yaml(2,3): error TS1005: ';' expected.\n"
                + "app/main.py(2,1): error TS1005: ';' expected.\n";

        List<Finding> findings = TypeScriptCompiler.findings(workspace, output);

        assertThat(findings).extracting(Finding::file).containsExactly("app/main.py");
        assertThat(findings.getFirst().context()).contains("y = 2");
    }
}
