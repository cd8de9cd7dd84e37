package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.process.LocalProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandCheckerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int CAP = 8_000;

    @TempDir
    Path root;

    @BeforeEach
    void workspace() {
        new WorkspaceFixture(root).write("app/main.py", "x = 1\ny = 2\nz = 3\n");
    }

    private CheckReport run(String script, List<String> extensions) {
        CommandCheck check = new CommandCheck("lint", List.of("sh", "-c", script), extensions);
        return new CommandChecker(check, new LocalProcessRunner(), TIMEOUT, CAP).check(root, Set.of());
    }

    @Test
    void turns_located_output_lines_of_a_failing_command_into_findings() {
        CheckReport report = run(
                "echo 'app/main.py:2:5: error: y is unused'; echo './app/main.py:3: warning: z';"
                        + " echo 'nowhere.py:1: not a workspace file'; exit 1",
                List.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings)
                .extracting(Finding::describe)
                .containsExactly("app/main.py:2:5: error: y is unused", "app/main.py:3: warning: z");
        assertThat(findings.getFirst().context()).contains("y = 2");
    }

    @Test
    void a_failing_command_without_located_lines_gives_one_finding_with_its_output() {
        CheckReport report = run("echo 'config is broken'; exit 3", List.of());

        Finding finding = ((CheckReport.Failed) report).findings().getFirst();
        assertThat(finding.message()).isEqualTo("sh -c echo 'config is broken'; exit 3 failed with exit code 3");
        assertThat(finding.context()).isEqualTo("config is broken");
    }

    @Test
    void a_succeeding_command_passes_and_a_missing_one_is_unavailable() {
        assertThat(run("exit 0", List.of())).isInstanceOf(CheckReport.Passed.class);

        CommandCheck missing = new CommandCheck("ghost", List.of("no-such-linter-here"), List.of());
        assertThat(new CommandChecker(missing, new LocalProcessRunner(), TIMEOUT, CAP).check(root, Set.of()))
                .isInstanceOf(CheckReport.Unavailable.class);
    }

    @Test
    void a_hanging_command_times_out() {
        CommandCheck check = new CommandCheck("slow", List.of("sleep", "60"), List.of());

        assertThat(new CommandChecker(check, new LocalProcessRunner(), Duration.ofMillis(500), CAP)
                        .check(root, Set.of()))
                .isInstanceOf(CheckReport.TimedOut.class);
    }

    @Test
    void applies_only_when_a_file_has_one_of_its_extensions() {
        CommandChecker typed = new CommandChecker(
                new CommandCheck("mypy", List.of("mypy", "."), List.of(".py")), new LocalProcessRunner(), TIMEOUT, CAP);

        assertThat(typed.appliesTo(List.of("README.md", "app/main.py"))).isTrue();
        assertThat(typed.appliesTo(List.of("README.md"))).isFalse();
    }

    @Test
    void refuses_a_check_without_a_command() {
        assertThatThrownBy(() -> new CommandCheck("mypy", List.of(), List.of()))
                .hasMessageContaining("'mypy' has no command");
    }
}
