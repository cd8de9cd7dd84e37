package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonSyntaxCheckerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int CAP = 8_000;

    @TempDir
    Path workspace;

    private final PythonSyntaxChecker checker = new PythonSyntaxChecker(new LocalProcessRunner(), TIMEOUT, CAP);

    @BeforeEach
    void needsPython() {
        Python.requirePython();
    }

    private void write(String path, String content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void finds_a_syntax_error_at_its_line_and_column_with_context() throws Exception {
        write("app/models.py", "import os\n\n\ndef total(items:\n    return sum(items)\n\nx = 1\n");
        write("app/ok.py", "print('fine')\n");

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings).hasSize(1);
        Finding finding = findings.getFirst();
        assertThat(finding.file()).isEqualTo("app/models.py");
        assertThat(finding.line()).isEqualTo(4);
        assertThat(finding.column()).isEqualTo(10);
        assertThat(finding.message()).contains("never closed");
        assertThat(finding.context())
                .contains("4 | def total(items:")
                .contains("2 | ")
                .contains("6 | ")
                .contains("  |          ^");
    }

    @Test
    void finds_indentation_errors() throws Exception {
        write("main.py", "def f():\nreturn 1\n");

        CheckReport report = checker.check(workspace, Set.of());

        Finding finding = ((CheckReport.Failed) report).findings().getFirst();
        assertThat(finding.line()).isEqualTo(2);
        assertThat(finding.message()).contains("indented block");
    }

    @Test
    void passes_valid_files_without_running_them() throws Exception {
        write("main.py", "raise SystemExit(7)\n");
        write("pkg/util.py", "def f(x):\n    return x * 2\n");

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isEqualTo(new CheckReport.Passed("python-syntax", "2 Python files parse"));
    }

    @Test
    void checks_only_changed_files_that_still_exist_when_told_what_changed() throws Exception {
        write("broken.py", "def (:\n");
        write("fine.py", "x = 1\n");

        CheckReport report = checker.check(workspace, Set.of("fine.py", "deleted.py", "notes.txt"));

        assertThat(report).isEqualTo(new CheckReport.Passed("python-syntax", "1 Python file parses"));
    }

    @Test
    void ignores_virtual_environments_and_caches() throws Exception {
        write(".venv/lib/bad.py", "def (:\n");
        write("__pycache__/bad.py", "def (:\n");
        write("main.py", "x = 1\n");

        assertThat(checker.check(workspace, Set.of())).isInstanceOf(CheckReport.Passed.class);
    }

    @Test
    void caps_the_number_of_findings_and_says_how_many_more() throws Exception {
        int broken = PythonSyntaxChecker.MAX_FINDINGS + 3;
        for (int i = 0; i < broken; i++) {
            write("m" + i + ".py", "def (:\n");
        }

        CheckReport report = checker.check(workspace, Set.of());

        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings).hasSize(PythonSyntaxChecker.MAX_FINDINGS + 1);
        assertThat(findings.getLast().message()).startsWith("3 more files have syntax errors");
    }

    @Test
    void reports_undecodable_files_as_findings() throws Exception {
        Files.write(workspace.resolve("latin.py"), new byte[] {'x', '=', '"', (byte) 0xE9, '"', '\n'});

        CheckReport report = checker.check(workspace, Set.of());

        Finding finding = ((CheckReport.Failed) report).findings().getFirst();
        assertThat(finding.file()).isEqualTo("latin.py");
        assertThat(finding.message()).containsIgnoringCase("utf-8");
    }

    @Test
    void is_unavailable_when_python_is_missing() throws Exception {
        write("main.py", "x = 1\n");
        PythonSyntaxChecker missing =
                new PythonSyntaxChecker(new LocalProcessRunner(), TIMEOUT, CAP, List.of("python3-not-installed-here"));

        CheckReport report = missing.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) report).reason()).contains("python3-not-installed-here");
    }

    @Test
    void reports_a_timeout_as_timed_out() throws Exception {
        write("main.py", "x = 1\n");
        ProcessRunner hanging = (command, directory, environment, timeout, max) ->
                new ProcessRunner.ProcessResult.TimedOut("partial", false);

        CheckReport report = new PythonSyntaxChecker(hanging, TIMEOUT, CAP).check(workspace, Set.of());

        assertThat(report).isEqualTo(new CheckReport.TimedOut("python-syntax", TIMEOUT, "partial"));
    }

    @Test
    void applies_only_to_python_files() {
        assertThat(checker.appliesTo(List.of("README.md", "src/app.py"))).isTrue();
        assertThat(checker.appliesTo(List.of("README.md", "Main.java"))).isFalse();
    }
}
