package dev.l2mac.check;

import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

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
        public ProcessResult run(List<String> command, Path directory, Map<String, String> environment,
                                 Duration timeout, int maxOutputChars) {
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

        List<Finding> findings = findings(new PylintChecker(new LocalProcessRunner(), TIMEOUT, CAP,
                CheckerCatalog.PYLINT).check(root, Set.of()));

        assertThat(findings).hasSize(1);
        assertThat(findings.getFirst().describe())
                .isEqualTo("app.py:2:16: error: E0602 Undefined variable 'itemz' (undefined-variable)");
    }

    @Test
    void after_an_edit_lints_the_changed_file_and_its_importers_only_and_keeps_other_findings() {
        workspace.write("shop/__init__.py", "")
                .write("shop/prices.py", "def net(price):\n    return price\n")
                .write("shop/cart.py", "from shop.prices import net\n\ndef total(p):\n    return net(p)\n")
                .write("shop/other.py", "def broken():\n    return missing_name\n");
        RecordingRunner runner = new RecordingRunner();
        PylintChecker checker = new PylintChecker(runner, TIMEOUT, CAP, CheckerCatalog.PYLINT);
        assertThat(findings(checker.check(root, Set.of()))).extracting(Finding::file)
                .containsExactly("shop/other.py");

        workspace.write("shop/prices.py", "def gross(price):\n    return price\n");
        List<Finding> findings = findings(checker.check(root, Set.of()));

        assertThat(findings).extracting(Finding::file).containsExactly("shop/cart.py", "shop/other.py");
        assertThat(findings.getFirst().message()).contains("net");
        assertThat(runner.commands.getLast()).endsWith("shop/cart.py", "shop/prices.py")
                .doesNotContain("shop/other.py");
    }

    @Test
    void runs_nothing_when_no_python_file_changed() {
        workspace.write("app.py", "x = 1\n");
        RecordingRunner runner = new RecordingRunner();
        PylintChecker checker = new PylintChecker(runner, TIMEOUT, CAP, CheckerCatalog.PYLINT);
        checker.check(root, Set.of());
        int before = runner.commands.size();

        assertThat(checker.check(root, Set.of())).isInstanceOf(CheckReport.Passed.class);
        assertThat(runner.commands).hasSize(before);
    }

    @Test
    void without_pylint_says_how_to_install_it() {
        workspace.write("app.py", "x = 1\n");

        CheckReport report = new PylintChecker(new LocalProcessRunner(), TIMEOUT, CAP,
                List.of("no-such-pylint-here")).check(root, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) report).reason()).contains("apt-get install pylint");
    }
}
