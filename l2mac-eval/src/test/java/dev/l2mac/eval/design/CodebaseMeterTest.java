package dev.l2mac.eval.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebaseMeterTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int OUTPUT_CHARS = 20_000;

    @TempDir
    Path codebase;

    @Test
    void counts_python_files_and_their_non_blank_lines_outside_run_records() throws Exception {
        Files.writeString(codebase.resolve("app.py"), "def f():\n\n    return 1\n");
        Files.createDirectories(codebase.resolve(".l2mac/runs"));
        Files.writeString(codebase.resolve(".l2mac/runs/x.py"), "ignored = 1\n");
        CodebaseMetrics metrics = meter(noTools()).measure(codebase);
        assertThat(metrics.pythonFiles()).isEqualTo(1);
        assertThat(metrics.linesOfCode()).isEqualTo(2);
    }

    @Test
    void runs_the_codebase_s_own_tests_and_counts_passes_and_failures() throws Exception {
        Requirements.require(Tool.PYTEST);
        Files.writeString(
                codebase.resolve("test_app.py"),
                "def test_ok():\n    assert True\n\n\n" + "def test_broken():\n    assert 1 == 2\n");
        CodebaseMetrics metrics = meter(new LocalProcessRunner()).measure(codebase);
        assertThat(metrics.tests()).isEqualTo(new Measured.Value<>(new TestCounts(2, 1, 1, 0)));
        assertThat(codebase.resolve(".l2mac-eval-junit.xml")).doesNotExist();
    }

    @Test
    void counts_no_tests_as_zero_of_zero() throws Exception {
        Requirements.require(Tool.PYTEST);
        Files.writeString(codebase.resolve("app.py"), "x = 1\n");
        assertThat(meter(new LocalProcessRunner()).measure(codebase).tests())
                .isEqualTo(new Measured.Value<>(new TestCounts(0, 0, 0, 0)));
    }

    @Test
    void counts_pylint_error_messages() throws Exception {
        Files.writeString(codebase.resolve("app.py"), "print(undefined)\n");
        ProcessRunner pylint = (command, directory, environment, timeout, max) -> command.contains("pylint")
                ? new ProcessRunner.ProcessResult.Exited(
                        2,
                        "[{\"type\": \"error\", \"symbol\": \"undefined\"},"
                                + " {\"type\": \"fatal\", \"symbol\": \"syntax-error\"}]",
                        false)
                : new ProcessRunner.ProcessResult.Exited(5, "no tests ran", false);
        assertThat(meter(pylint).measure(codebase).pylintErrors()).isEqualTo(new Measured.Value<>(2));
    }

    @Test
    void says_what_to_install_when_pylint_is_missing() throws Exception {
        Files.writeString(codebase.resolve("app.py"), "x = 1\n");
        assertThat(meter(noTools()).measure(codebase).pylintErrors())
                .isEqualTo(new Measured.NotMeasured<>("pylint is not installed; pip install pylint to count errors"));
    }

    @Test
    void sums_every_suite_of_a_junit_report() {
        String xml = "<testsuites><testsuite name=\"a\" errors=\"1\" failures=\"2\" skipped=\"1\" tests=\"10\">"
                + "</testsuite><testsuite name=\"b\" tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"0\">"
                + "</testsuite></testsuites>";
        assertThat(CodebaseMeter.counts(xml)).isEqualTo(new TestCounts(13, 9, 3, 1));
    }

    private static CodebaseMeter meter(ProcessRunner runner) {
        return new CodebaseMeter(runner, "python3", TIMEOUT, OUTPUT_CHARS);
    }

    private static ProcessRunner noTools() {
        return (command, directory, environment, timeout, max) ->
                new ProcessRunner.ProcessResult.Exited(1, "/usr/bin/python3: No module named " + command.get(2), false);
    }
}
