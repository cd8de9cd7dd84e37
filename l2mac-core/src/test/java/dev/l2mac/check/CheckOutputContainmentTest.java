package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.LocalProcessRunner;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a checker's output names is generated code's to choose: a command check and the source context it shows
 * read only files that pass the containment rule, and show anything else as plain text.
 */
class CheckOutputContainmentTest extends LeakyWorkspace {

    @Test
    void a_command_check_shows_no_lines_of_a_file_outside_through_dot_dot_a_link_or_a_reserved_folder() {
        CommandCheck check = new CommandCheck(
                "lint",
                List.of(
                        "sh",
                        "-c",
                        "echo '../home/.l2mac/config.yaml:2:3: e';"
                                + " echo 'app/notes.py:2:3: error: leak'; echo '" + secret + ":2: e';"
                                + " echo '.l2mac/events.jsonl:2: e'; echo 'app/main.py:2:1: error: y'; exit 1"),
                List.of());

        CheckReport report = new CommandChecker(check, new LocalProcessRunner(), Duration.ofSeconds(30), 8_000)
                .check(workspace, Set.of());

        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings).extracting(Finding::file).containsExactly("app/main.py");
        assertThat(findings).extracting(Finding::context).noneMatch(context -> context.contains("sk-canary"));
    }

    @Test
    void source_context_reads_nothing_that_fails_containment() {
        assertThat(SourceContext.around(workspace, "app/main.py", 2, 1)).contains("y = 2");
        assertThat(SourceContext.around(workspace, "../home/.l2mac/config.yaml", 2, 1))
                .isEmpty();
        assertThat(SourceContext.around(workspace, secret.toString(), 2, 1)).isEmpty();
        assertThat(SourceContext.around(workspace, "app/notes.py", 2, 1)).isEmpty();
        assertThat(SourceContext.around(workspace, ".l2mac/events.jsonl", 2, 1)).isEmpty();
    }
}
