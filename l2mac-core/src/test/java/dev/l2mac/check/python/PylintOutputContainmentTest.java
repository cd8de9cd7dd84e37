package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.Finding;
import dev.l2mac.check.LeakyWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What pylint's output names is generated code's to choose: a path outside keeps its message but shows no lines. */
class PylintOutputContainmentTest extends LeakyWorkspace {

    @Test
    void pylint_paths_outside_keep_their_message_but_show_no_lines() {
        String output = "[{\"path\": \"../home/.l2mac/config.yaml\", \"line\": 2, \"column\": 2, \"type\": \"error\","
                + " \"message-id\": \"E0001\", \"message\": \"syntax\", \"symbol\": \"syntax-error\"},"
                + " {\"path\": \"app/notes.py\", \"line\": 2, \"column\": 2, \"type\": \"error\","
                + " \"message-id\": \"E0001\", \"message\": \"syntax\", \"symbol\": \"syntax-error\"}]";

        List<Finding> findings = PylintChecker.parse(workspace, output).values().stream()
                .flatMap(List::stream)
                .toList();

        assertThat(findings)
                .hasSize(2)
                .allSatisfy(finding -> assertThat(finding.context()).isEmpty());
    }
}
