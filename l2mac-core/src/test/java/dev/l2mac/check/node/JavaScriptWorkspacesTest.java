package dev.l2mac.check.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.check.Finding;
import dev.l2mac.check.Language;
import dev.l2mac.check.TreeSitterSyntaxChecker;
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
        Requirements.require(
                writesJUnitReports(version),
                () -> "a node that writes JUnit reports (20.13 or newer" + " does; this is " + version
                        + "), so JavaScript tests are not run");
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
        CheckPlan plan = new CheckPlan(EnumSet.of(Language.JAVASCRIPT, Language.TYPESCRIPT), List.of(), timeout, CAP);
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

        assertThat(check(TIMEOUT))
                .containsExactly(
                        new CheckReport.Passed("javascript-syntax", "2 javascript files parse"),
                        new CheckReport.Passed(NodeTestChecker.NAME, "2 tests passed"));
    }

    @Test
    void a_project_without_tests_runs_the_syntax_check_only() {
        workspace.write("cart.js", CART).write("types.ts", "export type Price = number;\n");

        assertThat(check(TIMEOUT))
                .containsExactly(
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

    /** A manifest declaring a package that this workspace's dependency cache never installed. */
    private static final String DECLARES_FANCY_THING = """
            {"name": "shop", "version": "1.0.0", "dependencies": {"fancy-thing": "^2.0.0"}}
            """;

    private void clientTest(String load) {
        workspace.write("test/client.test.js", """
                const test = require('node:test');
                %s

                test('client connects', () => {});
                """.formatted(load));
    }

    @Test
    void a_test_that_needs_a_declared_package_this_machine_lacks_is_a_note_beside_passing_tests() {
        workspace.write("package.json", DECLARES_FANCY_THING).write("cart.js", CART);
        test("test('adds prices', () => assert.strictEqual(total([1, 2]), 3));");
        clientTest("const fancy = require('fancy-thing');");

        CheckReport tests = report(check(TIMEOUT), NodeTestChecker.NAME);

        assertThat(tests).isEqualTo(new CheckReport.Passed(NodeTestChecker.NAME, "1 test passed", tests.notes()));
        assertThat(tests.notes()).singleElement().satisfies(note -> {
            assertThat(note.file()).isEqualTo("test/client.test.js");
            assertThat(note.message())
                    .startsWith("the package 'fancy-thing' is declared in package.json but not" + " installed")
                    .contains("l2mac deps");
        });
    }

    @Test
    void tests_that_only_need_a_declared_es_module_package_this_machine_lacks_cannot_run() {
        workspace.write("package.json", DECLARES_FANCY_THING).write("client.test.mjs", """
                import test from 'node:test';
                import { connect } from 'fancy-thing/client';

                test('client connects', () => connect());
                """);

        CheckReport tests = report(check(TIMEOUT), NodeTestChecker.NAME);

        assertThat(tests).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) tests).reason()).contains("'fancy-thing' is declared in package.json");
    }

    @Test
    void a_missing_module_of_the_workspace_still_fails_the_test() {
        workspace.write("package.json", DECLARES_FANCY_THING);
        clientTest("const { connect } = require('../client');");

        CheckReport.Failed tests = (CheckReport.Failed) report(check(TIMEOUT), NodeTestChecker.NAME);

        assertThat(tests.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo("test/client.test.js");
            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.message()).contains("Cannot find module '../client'");
        });
        assertThat(tests.notes()).isEmpty();
    }

    @Test
    void a_package_nobody_declares_still_fails_the_test_and_says_to_declare_it() {
        workspace.write("package.json", DECLARES_FANCY_THING);
        clientTest("const _ = require('lodash');");

        CheckReport.Failed tests = (CheckReport.Failed) report(check(TIMEOUT), NodeTestChecker.NAME);

        assertThat(tests.findings())
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("Cannot find module 'lodash'", "declare it in package.json");
    }

    @Test
    void an_installed_package_is_loaded_and_its_tests_pass() {
        workspace
                .write("package.json", DECLARES_FANCY_THING)
                .write("node_modules/fancy-thing/package.json", "{\"name\": \"fancy-thing\", \"main\": \"index.js\"}")
                .write("node_modules/fancy-thing/index.js", "module.exports = { ready: true };\n");
        clientTest("const fancy = require('fancy-thing');\nrequire('node:assert').ok(fancy.ready);");

        CheckReport tests = report(check(TIMEOUT), NodeTestChecker.NAME);

        assertThat(tests).isEqualTo(new CheckReport.Passed(NodeTestChecker.NAME, "1 test passed"));
    }
}
