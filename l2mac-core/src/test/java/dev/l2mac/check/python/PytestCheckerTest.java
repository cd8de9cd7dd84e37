package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.Processes;
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

class PytestCheckerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int CAP = 8_000;

    @TempDir
    Path workspace;

    private final PytestChecker checker = new PytestChecker(new LocalProcessRunner(), TIMEOUT, CAP);

    @BeforeEach
    void needsPytest() {
        Python.requirePytest();
    }

    private void write(String path, String content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void reports_a_failing_test_with_its_file_name_line_and_assertion() throws Exception {
        write("calc.py", "def add(a, b):\n    return a - b\n");
        write("tests/test_calc.py", """
                from calc import add


                def test_add():
                    assert add(1, 2) == 3


                def test_passes():
                    assert True
                """);

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings).hasSize(1);
        Finding finding = findings.getFirst();
        assertThat(finding.file()).isEqualTo("tests/test_calc.py");
        assertThat(finding.line()).isEqualTo(5);
        assertThat(finding.message()).startsWith("tests/test_calc.py::test_add failed: assert -1 == 3");
        assertThat(finding.context()).contains("assert add(1, 2) == 3").contains("where -1 = add(1, 2)");
    }

    @Test
    void names_tests_inside_classes_and_reports_errors() throws Exception {
        write("test_shop.py", """
                class TestCart:
                    def test_total(self):
                        raise KeyError("price")
                """);

        CheckReport report = checker.check(workspace, Set.of());

        Finding finding = ((CheckReport.Failed) report).findings().getFirst();
        assertThat(finding.file()).isEqualTo("test_shop.py");
        assertThat(finding.line()).isEqualTo(3);
        assertThat(finding.message()).isEqualTo("test_shop.py::TestCart::test_total failed: KeyError: 'price'");
    }

    @Test
    void passes_a_passing_suite_and_counts_its_tests() throws Exception {
        write("test_ok.py", "def test_one():\n    assert 1\n\ndef test_two():\n    assert 2\n");

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isEqualTo(new CheckReport.Passed("pytest", "2 tests passed"));
    }

    @Test
    void passes_when_no_tests_are_collected() throws Exception {
        write("tests/helpers.py", "VALUE = 1\n");

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isEqualTo(new CheckReport.Passed("pytest", "no tests collected"));
    }

    @Test
    void fails_on_a_test_module_that_cannot_be_imported() throws Exception {
        write("test_broken.py", "import module_that_does_not_exist\n\ndef test_x():\n    pass\n");

        CheckReport report = checker.check(workspace, Set.of());

        Finding finding = ((CheckReport.Failed) report).findings().getFirst();
        assertThat(finding.file()).isEqualTo("test_broken.py");
        assertThat(finding.line()).isEqualTo(1);
        assertThat(finding.message())
                .startsWith("test_broken.py raised an error: collection failure")
                .contains("No module named 'module_that_does_not_exist'");
    }

    @Test
    void times_out_a_hanging_test_and_leaves_no_process_behind() throws Exception {
        String marker = Processes.uniqueSleepSeconds();
        write("test_hang.py", """
                import subprocess
                import time


                def test_hangs():
                    subprocess.Popen(["sleep", "%s"])
                    time.sleep(1000)
                """.formatted(marker));
        Duration timeout = Duration.ofSeconds(3);
        PytestChecker impatient = new PytestChecker(new LocalProcessRunner(), timeout, CAP);
        try {
            CheckReport report = impatient.check(workspace, Set.of());

            assertThat(report).isInstanceOf(CheckReport.TimedOut.class);
            assertThat(((CheckReport.TimedOut) report).after()).isEqualTo(timeout);
            assertThat(Processes.awaitNoneIn(workspace)).isEmpty();
            assertThat(Processes.awaitGone(marker)).isEmpty();
        } finally {
            Processes.killAll(marker);
        }
    }

    @Test
    void is_unavailable_when_pytest_is_not_installed() throws Exception {
        write("test_ok.py", "def test_one():\n    assert 1\n");
        // -S leaves out site-packages, where pytest lives, while python itself still runs.
        PytestChecker withoutPytest =
                new PytestChecker(new LocalProcessRunner(), TIMEOUT, CAP, List.of("python3", "-S"));

        CheckReport report = withoutPytest.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) report).reason())
                .contains("pytest is not installed")
                .contains("pip install pytest");
    }

    @Test
    void is_unavailable_when_python_is_missing() throws Exception {
        write("test_ok.py", "def test_one():\n    assert 1\n");
        PytestChecker missing =
                new PytestChecker(new LocalProcessRunner(), TIMEOUT, CAP, List.of("python3-not-installed-here"));

        CheckReport report = missing.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Unavailable.class);
    }

    @Test
    void fails_with_pytest_output_when_it_stops_without_a_report() throws Exception {
        write("test_ok.py", "def test_one():\n    assert 1\n");
        write("pytest.ini", "[pytest]\naddopts = --no-such-option\n");

        CheckReport report = checker.check(workspace, Set.of());

        Finding finding = ((CheckReport.Failed) report).findings().getFirst();
        assertThat(finding.message()).startsWith("pytest stopped with exit code 4");
        assertThat(finding.context()).contains("--no-such-option");
    }

    @Test
    void leaves_no_files_in_the_workspace() throws Exception {
        write("test_ok.py", "def test_one():\n    assert 1\n");

        checker.check(workspace, Set.of());

        // Plugins may leave empty directories (pytest-benchmark does); files are what the model would see.
        try (var paths = Files.walk(workspace)) {
            assertThat(paths.filter(Files::isRegularFile).map(path -> WorkspaceFiles.relative(workspace, path)))
                    .containsExactly("test_ok.py");
        }
    }

    @Test
    void applies_when_there_are_test_files() {
        assertThat(checker.appliesTo(List.of("app.py", "test_app.py"))).isTrue();
        assertThat(checker.appliesTo(List.of("app.py", "pkg/app_test.py"))).isTrue();
        assertThat(checker.appliesTo(List.of("app.py", "tests/conftest.py"))).isTrue();
        assertThat(checker.appliesTo(List.of("app.py", "pkg/tests/helpers.py"))).isTrue();
        assertThat(checker.appliesTo(List.of("app.py", "testing.py", "tests.txt")))
                .isFalse();
    }

    @Test
    void tests_that_cannot_import_a_declared_package_this_machine_lacks_are_a_note_not_a_failure() throws IOException {
        write("requirements.txt", "fancy-thing==2.0\n");
        write("test_client.py", "import fancy_thing\n\n\ndef test_client():\n    assert fancy_thing\n");

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) report).reason())
                .contains("'fancy_thing' is declared in" + " requirements.txt but not installed");
    }

    @Test
    void a_missing_module_nobody_declares_still_fails_the_tests() throws IOException {
        write("requirements.txt", "fancy-thing==2.0\n");
        write("test_cart.py", "from cart import total\n\n\ndef test_total():\n    assert total() == 0\n");
        write("test_ok.py", "def test_ok():\n    assert True\n");

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        assertThat(((CheckReport.Failed) report).findings())
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("No module named 'cart'");
    }

    @Test
    void passing_tests_beside_ones_needing_a_missing_declared_package_pass_with_a_note() throws IOException {
        write("requirements.txt", "fancy-thing==2.0\n");
        write("test_client.py", "import fancy_thing\n\n\ndef test_client():\n    assert fancy_thing\n");
        write("test_ok.py", "def test_ok():\n    assert True\n");

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Passed.class);
        assertThat(report.notes()).singleElement().extracting(Finding::file).isEqualTo("test_client.py");
    }
}
