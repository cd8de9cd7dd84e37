package dev.l2mac.check;

import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The six JavaScript workspaces of the acceptance list, checked in the sandbox when there is one. */
class JavaScriptWorkspacesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HANG_TIMEOUT = Duration.ofSeconds(5);
    private static final int CAP = 8_000;
    private static final String CART = """
            function total(prices) {
              return prices.reduce((sum, price) => sum + price, 0);
            }
            module.exports = { total };
            """;

    @TempDir
    Path root;

    private WorkspaceFixture workspace;

    @BeforeAll
    static void needsNodeAndTreeSitter() {
        Requirements.require(TreeSitterSyntaxChecker.loads(), "tree-sitter's native library, which does not load here");
        Requirements.require(Tool.NODE);
        String version = Tool.NODE.probeOutput().orElseThrow();
        Requirements.require(writesJUnitReports(version), () -> "a node that writes JUnit reports (20.13 or newer"
                + " does; this is " + version + "), so JavaScript tests are not run");
    }

    /** Node's JUnit reporter came with 20.13 (and 21.3). */
    private static boolean writesJUnitReports(String version) {
        String[] parts = version.replaceFirst("^v", "").split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        return major > 20 || (major == 20 && minor >= 13);
    }

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceFixture(root);
    }

    private List<CheckReport> check(Duration timeout) {
        ProcessRunner runner = Sandboxes.runner(Sandboxing.DETECTED, SandboxLimits.DEFAULTS, false);
        CheckPlan plan = new CheckPlan(EnumSet.of(Language.JAVASCRIPT, Language.TYPESCRIPT), List.of(), timeout,
                CAP);
        return Checks.forWorkspace(runner, plan, JUnitLauncherJar.offline(root.resolve(".cache"))).run(root, Set.of());
    }

    private static CheckReport report(List<CheckReport> reports, String checker) {
        return reports.stream().filter(report -> report.checker().equals(checker)).findFirst().orElseThrow();
    }

    private void test(String body) {
        workspace.write("test/cart.test.js", """
                const test = require('node:test');
                const assert = require('node:assert');
                const { total } = require('../cart');

                %s
                """.formatted(body));
    }

    @Test
    void a_syntax_error_is_found_without_running_anything() {
        workspace.write("cart.js", CART.replace("sum + price, 0)", "sum + price, 0"));

        CheckReport.Failed syntax = (CheckReport.Failed) report(check(TIMEOUT), "javascript-syntax");

        assertThat(syntax.findings()).isNotEmpty();
        assertThat(syntax.findings().getFirst().file()).isEqualTo("cart.js");
    }

    @Test
    void broken_type_syntax_in_typescript_fails_the_syntax_check() {
        workspace.write("cart.ts", "export function total(prices: number[: number {\n  return 0;\n}\n");

        CheckReport.Failed syntax = (CheckReport.Failed) report(check(TIMEOUT), "typescript-syntax");

        assertThat(syntax.findings().getFirst().file()).isEqualTo("cart.ts");
        assertThat(syntax.findings().getFirst().line()).isEqualTo(1);
    }

    @Test
    void a_type_error_in_javascript_fails_the_test_that_reaches_it() {
        workspace.write("cart.js", CART.replace("prices.reduce", "prices.reduc"));
        test("test('adds prices', () => assert.strictEqual(total([1, 2]), 3));");

        CheckReport.Failed tests = (CheckReport.Failed) report(check(TIMEOUT), NodeTestChecker.NAME);

        assertThat(tests.findings().getFirst().message()).contains("TypeError").contains("is not a function");
        assertThat(tests.findings().getFirst().file()).isEqualTo("cart.js");
        assertThat(tests.findings().getFirst().line()).isEqualTo(2);
    }

    @Test
    void a_failing_test_is_located_at_its_assertion() {
        workspace.write("cart.js", CART.replace("sum + price", "sum - price"));
        test("""
                test('adds prices', () => {
                  assert.strictEqual(total([1, 2]), 3);
                });
                test('empty cart', () => {
                  assert.strictEqual(total([]), 0);
                });
                """);

        List<CheckReport> reports = check(TIMEOUT);

        CheckReport.Failed tests = (CheckReport.Failed) report(reports, NodeTestChecker.NAME);
        assertThat(tests.findings()).hasSize(1);
        Finding finding = tests.findings().getFirst();
        assertThat(finding.file()).isEqualTo("test/cart.test.js");
        assertThat(finding.line()).isEqualTo(6);
        assertThat(finding.message()).startsWith("test 'adds prices' failed:").contains("-3 !== 3");
    }

    @Test
    void a_passing_suite_passes_with_its_count() {
        workspace.write("cart.js", CART);
        test("""
                test('adds prices', () => assert.strictEqual(total([1, 2]), 3));
                test('empty cart', () => assert.strictEqual(total([]), 0));
                """);

        assertThat(check(TIMEOUT)).containsExactly(
                new CheckReport.Passed("javascript-syntax", "2 javascript files parse"),
                new CheckReport.Passed(NodeTestChecker.NAME, "2 tests passed"));
    }

    @Test
    void a_project_without_tests_runs_the_syntax_check_only() {
        workspace.write("cart.js", CART).write("types.ts", "export type Price = number;\n");

        assertThat(check(TIMEOUT)).containsExactly(
                new CheckReport.Passed("javascript-syntax", "1 javascript file parses"),
                new CheckReport.Passed("typescript-syntax", "1 typescript file parses"),
                new CheckReport.Passed(TypeScriptTypeChecker.NAME, "1 TypeScript file type-checks"));
    }

    @Test
    void a_hanging_test_times_out_and_never_passes() {
        workspace.write("cart.js", CART);
        test("test('hangs', () => new Promise(() => setInterval(() => {}, 1000)));");

        List<CheckReport> reports = check(HANG_TIMEOUT);

        assertThat(report(reports, NodeTestChecker.NAME)).isInstanceOf(CheckReport.TimedOut.class);
        assertThat(Checks.allPassed(reports)).isFalse();
    }
}
