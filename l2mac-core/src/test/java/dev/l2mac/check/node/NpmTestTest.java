package dev.l2mac.check.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.check.Language;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.OutsideTmp;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own {@code npm test} runs instead of {@code node --test} once its packages are installed. */
class NpmTestTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int CAP = 8_000;
    private static final String CART = "function total(prices) {\n  return prices.reduce((a, b) => a + b, 0);\n}\n"
            + "module.exports = { total };\n";

    @TempDir(factory = OutsideTmp.class)
    Path root;

    private WorkspaceFixture workspace;

    @BeforeAll
    static void needsNpm() {
        Requirements.require(Tool.NPM);
    }

    @BeforeEach
    void workspace() throws IOException {
        workspace = new WorkspaceFixture(root).write("cart.js", CART);
        Files.createDirectories(root.resolve("node_modules"));
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
                .orElseThrow(() -> new AssertionError("no report of " + checker + " in " + reports));
    }

    private void packageJson(String testScript) {
        workspace.write(
                "package.json",
                "{\"name\": \"cart\", \"version\": \"1.0.0\", \"scripts\": {\"test\": \"" + testScript + "\"}}\n");
    }

    private void test(String assertion) {
        workspace.write(
                "test/cart.test.js",
                "const test = require('node:test');\nconst assert = require('node:assert');"
                        + "\nconst { total } = require('../cart');\n\ntest('adds', () => " + assertion + ");\n");
    }

    @Test
    void a_passing_script_passes() {
        packageJson("node --test");
        test("assert.strictEqual(total([1, 2]), 3)");

        assertThat(report(check(TIMEOUT), NodeTestChecker.NAME))
                .isEqualTo(new CheckReport.Passed(NodeTestChecker.NAME, "npm test succeeded"));
    }

    @Test
    void a_failing_script_is_located_at_the_first_frame_in_the_workspace() {
        packageJson("node --test");
        test("assert.strictEqual(total([1, 2]), 4)");

        CheckReport.Failed failed = (CheckReport.Failed) report(check(TIMEOUT), NodeTestChecker.NAME);

        Finding finding = failed.findings().getFirst();
        assertThat(finding.file()).isEqualTo("test/cart.test.js");
        assertThat(finding.line()).isEqualTo(5);
        assertThat(finding.message()).startsWith("npm test failed with exit code 1");
        assertThat(finding.context()).contains("expected: 4", "actual: 3");
    }

    @Test
    void a_script_that_never_ends_times_out() {
        packageJson("node -e 'setInterval(() => {}, 1000)'");
        test("assert.ok(true)");

        assertThat(report(check(Duration.ofSeconds(5)), NodeTestChecker.NAME)).isInstanceOf(CheckReport.TimedOut.class);
    }

    @Test
    void the_placeholder_script_of_npm_init_is_not_run() {
        packageJson("echo \\\"Error: " + NpmTest.PLACEHOLDER + "\\\" && exit 1");
        test("assert.strictEqual(total([1, 2]), 3)");

        assertThat(report(check(TIMEOUT), NodeTestChecker.NAME))
                .isEqualTo(new CheckReport.Passed(NodeTestChecker.NAME, "1 test passed"));
    }

    @Test
    void without_installed_packages_node_runs_the_tests_itself() throws IOException {
        Files.delete(root.resolve("node_modules"));
        packageJson("exit 3");
        test("assert.strictEqual(total([1, 2]), 3)");

        assertThat(report(check(TIMEOUT), NodeTestChecker.NAME))
                .isEqualTo(new CheckReport.Passed(NodeTestChecker.NAME, "1 test passed"));
    }

    @Test
    void a_typescript_only_project_runs_its_script_for_its_tests() {
        packageJson("echo ran its own runner && exit 3");
        workspace.write("cart.test.ts", "export {};\n");

        CheckReport.Failed failed = (CheckReport.Failed) report(check(TIMEOUT), TypeScriptTestChecker.NAME);

        assertThat(failed.findings().getFirst().message()).startsWith("npm test failed with exit code 3");
        assertThat(failed.findings().getFirst().context()).contains("ran its own runner");
    }
}
