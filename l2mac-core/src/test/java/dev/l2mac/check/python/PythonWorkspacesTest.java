package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.check.Finding;
import dev.l2mac.check.Language;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The six Python workspaces of the acceptance list, checked in the sandbox when there is one. */
class PythonWorkspacesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HANG_TIMEOUT = Duration.ofSeconds(5);
    private static final int CAP = 8_000;
    private static final String CART = """
            def total(prices):
                return sum(prices)
            """;

    @TempDir
    Path root;

    private WorkspaceFixture workspace;

    @BeforeAll
    static void needsPytest() {
        Requirements.require(Tool.PYTEST);
    }

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceFixture(root);
    }

    private List<CheckReport> check(Duration timeout) {
        ProcessRunner runner = Sandboxes.runner(Sandboxing.DETECTED, SandboxLimits.DEFAULTS, false);
        CheckPlan plan = new CheckPlan(EnumSet.of(Language.PYTHON), List.of(), timeout, CAP);
        return CheckerCatalog.forWorkspace(runner, plan, JUnitLauncherJar.offline(root.resolve(".cache")))
                .run(root, Set.of());
    }

    private static CheckReport report(List<CheckReport> reports, String checker) {
        return reports.stream()
                .filter(report -> report.checker().equals(checker))
                .findFirst()
                .orElseThrow();
    }

    private void test(String body) {
        workspace.write("tests/test_cart.py", "from cart import total\n\n\n" + body);
    }

    @Test
    void a_syntax_error_is_located_without_running_anything() {
        workspace.write("cart.py", CART.replace("sum(prices)", "sum(prices"));

        CheckReport.Failed syntax = (CheckReport.Failed) report(check(TIMEOUT), PythonSyntaxChecker.NAME);

        assertThat(syntax.findings().getFirst().file()).isEqualTo("cart.py");
        assertThat(syntax.findings().getFirst().line()).isBetween(2, 3);
    }

    @Test
    void a_call_with_a_missing_argument_is_a_pylint_error() {
        Requirements.require(Tool.PYLINT);
        workspace.write("cart.py", CART + "\n\ndef receipt(prices):\n    return 'Total: ' + str(total())\n");

        CheckReport.Failed pylint = (CheckReport.Failed) report(check(TIMEOUT), PylintChecker.NAME);

        Finding finding = pylint.findings().getFirst();
        assertThat(finding.file()).isEqualTo("cart.py");
        assertThat(finding.line()).isEqualTo(6);
        assertThat(finding.message()).contains("No value for argument 'prices'");
    }

    @Test
    void a_failing_test_is_located_at_its_assertion() {
        workspace.write("cart.py", CART.replace("sum(prices)", "sum(prices) + 1"));
        test("""
                def test_adds_prices():
                    assert total([1, 2]) == 3


                def test_empty_cart():
                    assert total([]) == 1
                """);

        CheckReport.Failed tests = (CheckReport.Failed) report(check(TIMEOUT), PytestChecker.NAME);

        assertThat(tests.findings()).hasSize(1);
        Finding finding = tests.findings().getFirst();
        assertThat(finding.file()).isEqualTo("tests/test_cart.py");
        assertThat(finding.line()).isEqualTo(5);
        assertThat(finding.message()).contains("test_adds_prices").contains("assert 4 == 3");
    }

    @Test
    void a_passing_suite_passes_with_its_count() {
        workspace.write("cart.py", CART);
        test("""
                def test_adds_prices():
                    assert total([1, 2]) == 3


                def test_empty_cart():
                    assert total([]) == 0
                """);

        List<CheckReport> reports = check(TIMEOUT);

        assertThat(report(reports, PytestChecker.NAME))
                .isEqualTo(new CheckReport.Passed(PytestChecker.NAME, "2 tests passed"));
        assertThat(Checks.allPassed(reports)).isTrue();
    }

    @Test
    void a_project_without_tests_runs_no_test_check() {
        workspace.write("cart.py", CART);

        List<CheckReport> reports = check(TIMEOUT);

        assertThat(reports)
                .extracting(CheckReport::checker)
                .doesNotContain(PytestChecker.NAME)
                .contains(PythonSyntaxChecker.NAME);
        assertThat(Checks.allPassed(reports)).isTrue();
    }

    @Test
    void a_hanging_test_times_out_and_never_passes() {
        workspace.write("cart.py", CART);
        test("""
                import time


                def test_hangs():
                    while True:
                        time.sleep(1)
                """);

        List<CheckReport> reports = check(HANG_TIMEOUT);

        assertThat(report(reports, PytestChecker.NAME)).isInstanceOf(CheckReport.TimedOut.class);
        assertThat(Checks.allPassed(reports)).isFalse();
    }
}
