package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Finding;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PylintCheckerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int CAP = 20_000;

    @TempDir
    Path root;

    private WorkspaceFixture workspace;

    /** Records the commands it runs, then runs them. */
    private static final class RecordingRunner implements ProcessRunner {
        final List<List<String>> commands = new ArrayList<>();
        private final ProcessRunner real = new LocalProcessRunner();

        @Override
        public ProcessResult run(
                List<String> command,
                Path directory,
                Map<String, String> environment,
                Duration timeout,
                int maxOutputChars) {
            commands.add(command);
            return real.run(command, directory, environment, timeout, maxOutputChars);
        }
    }

    @BeforeAll
    static void needsPylint() {
        Requirements.require(Tool.PYLINT);
    }

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceFixture(root);
    }

    private static List<Finding> findings(CheckReport report) {
        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        return ((CheckReport.Failed) report).findings();
    }

    @Test
    void reports_an_undefined_name_with_its_message_id_and_place() {
        workspace.write("app.py", "def total(items):\n    return sum(itemz)\n");

        List<Finding> findings = findings(
                new PylintChecker(new LocalProcessRunner(), TIMEOUT, CAP, PythonChecks.PYLINT).check(root, Set.of()));

        assertThat(findings).hasSize(1);
        assertThat(findings.getFirst().describe())
                .isEqualTo("app.py:2:16: error: E0602 Undefined variable 'itemz' (undefined-variable)");
    }

    @Test
    void after_an_edit_lints_the_changed_file_and_its_importers_only_and_keeps_other_findings() {
        workspace
                .write("shop/__init__.py", "")
                .write("shop/prices.py", "def net(price):\n    return price\n")
                .write("shop/cart.py", "from shop.prices import net\n\ndef total(p):\n    return net(p)\n")
                .write("shop/other.py", "def broken():\n    return missing_name\n");
        RecordingRunner runner = new RecordingRunner();
        PylintChecker checker = new PylintChecker(runner, TIMEOUT, CAP, PythonChecks.PYLINT);
        assertThat(findings(checker.check(root, Set.of())))
                .extracting(Finding::file)
                .containsExactly("shop/other.py");

        workspace.write("shop/prices.py", "def gross(price):\n    return price\n");
        List<Finding> findings = findings(checker.check(root, Set.of()));

        assertThat(findings).extracting(Finding::file).containsExactly("shop/cart.py", "shop/other.py");
        assertThat(findings.getFirst().message()).contains("net");
        assertThat(runner.commands.getLast())
                .endsWith("shop/cart.py", "shop/prices.py")
                .doesNotContain("shop/other.py");
    }

    @Test
    void within_a_scope_lints_only_the_changed_files_and_their_importers_never_the_untouched_rest() {
        workspace
                .write("shop/__init__.py", "")
                .write("shop/prices.py", "def net(price):\n    return price\n")
                .write("shop/cart.py", "from shop.prices import net\n\ndef total(p):\n    return net(p)\n")
                .write("shop/other.py", "def broken():\n    return missing_name\n");
        RecordingRunner runner = new RecordingRunner();
        PylintChecker checker = new PylintChecker(runner, TIMEOUT, CAP, PythonChecks.PYLINT);

        CheckReport report = checker.check(root, new CheckScope.Only(Set.of("shop/prices.py", "README.md")));

        assertThat(report).isInstanceOf(CheckReport.Passed.class);
        assertThat(((CheckReport.Passed) report).summary()).isEqualTo("no pylint errors in 2 Python files");
        assertThat(runner.commands.getLast())
                .endsWith("shop/cart.py", "shop/prices.py")
                .doesNotContain("shop/other.py", "shop/__init__.py");
    }

    @Test
    void within_a_scope_reports_every_error_so_that_a_baseline_sees_the_new_ones_among_many_old() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= PylintChecker.MAX_FINDINGS; i++) {
            many.append("X").append(i).append(" = undefined_").append(i).append('\n');
        }
        workspace.write("legacy.py", many.toString());
        PylintChecker checker = new PylintChecker(new LocalProcessRunner(), TIMEOUT, CAP, PythonChecks.PYLINT);

        assertThat(findings(checker.check(root, new CheckScope.Only(Set.of("legacy.py")))))
                .hasSize(PylintChecker.MAX_FINDINGS + 1);
        assertThat(findings(checker.check(root, Set.of()))).hasSize(PylintChecker.MAX_FINDINGS);
    }

    @Test
    void runs_nothing_when_no_python_file_changed() {
        workspace.write("app.py", "x = 1\n");
        RecordingRunner runner = new RecordingRunner();
        PylintChecker checker = new PylintChecker(runner, TIMEOUT, CAP, PythonChecks.PYLINT);
        checker.check(root, Set.of());
        int before = runner.commands.size();

        assertThat(checker.check(root, Set.of())).isInstanceOf(CheckReport.Passed.class);
        assertThat(runner.commands).hasSize(before);
    }

    @Test
    void without_pylint_says_how_to_install_it() {
        workspace.write("app.py", "x = 1\n");

        CheckReport report = new PylintChecker(new LocalProcessRunner(), TIMEOUT, CAP, List.of("no-such-pylint-here"))
                .check(root, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) report).reason()).contains("apt-get install pylint");
    }

    @Test
    void flags_a_missing_module_of_the_workspace_but_not_a_package_its_interpreter_lacks(@TempDir Path site) {
        new WorkspaceFixture(site).write("fancylib/__init__.py", "VERSION = 1\n");
        workspace
                .write("shop/__init__.py", "")
                .write("shop/cart.py", "TOTAL = 0\n")
                .write(
                        "app.py",
                        "import fancylib\nfrom fancylib import VERSION\nfrom shop.cart import Cart\n"
                                + "from shop import gone\nfrom os import nonexistent\n");

        CheckReport report = new PylintChecker(
                        new LocalProcessRunner(), TIMEOUT, CAP, PythonChecks.PYLINT, codeInterpreterWith(site), false)
                .check(root, Set.of());

        assertThat(findings(report)).extracting(Finding::line).containsExactly(3, 4, 5);
        assertThat(findings(report)).extracting(Finding::message).noneMatch(message -> message.contains("fancylib"));
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void a_declared_package_that_is_not_installed_is_a_note_never_a_failure() {
        workspace
                .write("requirements.txt", "# web\nFancy-Thing>=1.0  # the client\n")
                .write("app.py", "import fancy_thing\nfrom fancy_thing.client import Client\n");

        CheckReport report =
                new PylintChecker(new LocalProcessRunner(), TIMEOUT, CAP, PythonChecks.PYLINT).check(root, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Passed.class);
        assertThat(report.notes()).singleElement().satisfies(note -> {
            assertThat(note.severity()).isEqualTo(Finding.Severity.NOTE);
            assertThat(note.describe())
                    .startsWith("app.py:1: note: the package 'fancy_thing' is declared in"
                            + " requirements.txt but not installed")
                    .contains("l2mac deps");
        });
    }

    @Test
    void an_import_nothing_provides_is_a_note_that_says_to_write_or_declare_it() {
        workspace.write("app.py", "import helpers_never_written\n\nX = helpers_never_written.X\n");

        CheckReport report =
                new PylintChecker(new LocalProcessRunner(), TIMEOUT, CAP, PythonChecks.PYLINT).check(root, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Passed.class);
        assertThat(report.notes())
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("neither a module of this workspace nor an installed package", "requirements.txt");
    }

    /** {@code python3} with {@code site} on its import path, as if the package there were installed for it. */
    static List<String> codeInterpreterWith(Path site) {
        return List.of("env", "PYTHONPATH=" + site, "python3");
    }
}
