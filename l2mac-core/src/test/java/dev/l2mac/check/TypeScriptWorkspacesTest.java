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

/**
 * The six TypeScript workspaces of the acceptance list, checked with the real compiler and Node in the sandbox
 * when there is one: syntax in-process, type errors from {@code tsc}, tests compiled and run by {@code node --test}.
 */
class TypeScriptWorkspacesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration HANG_TIMEOUT = Duration.ofSeconds(8);
    private static final int CAP = 8_000;
    private static final String CART = """
            export function total(prices: number[]): number {
              return prices.reduce((sum, price) => sum + price, 0);
            }
            """;

    @TempDir(factory = OutsideTmp.class)
    Path root;
    @TempDir
    static Path cache;

    private static TypeScriptToolchain toolchain;
    private WorkspaceFixture workspace;

    @BeforeAll
    static void needsNodeAndTheToolchain() {
        Requirements.require(Tool.NODE);
        toolchain = TypeScriptToolchain.offline(cache);
        TypeScriptToolchain.Resolution resolution = toolchain.resolve();
        Requirements.require(resolution instanceof TypeScriptToolchain.Resolution.Found,
                () -> "the TypeScript toolchain offline: "
                        + ((TypeScriptToolchain.Resolution.Missing) resolution).reason());
    }

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceFixture(root);
    }

    private List<CheckReport> check(Duration timeout) {
        ProcessRunner runner = Sandboxes.runner(Sandboxing.DETECTED, SandboxLimits.DEFAULTS, false);
        CheckPlan plan = new CheckPlan(EnumSet.of(Language.TYPESCRIPT), List.of(), timeout, CAP);
        return Checks.forWorkspace(runner, plan, JUnitLauncherJar.offline(cache), toolchain).run(root, Set.of());
    }

    private static CheckReport report(List<CheckReport> reports, String checker) {
        return reports.stream().filter(report -> report.checker().equals(checker)).findFirst()
                .orElseThrow(() -> new AssertionError("no report of " + checker + " in " + reports));
    }

    private void test(String body) {
        workspace.write("test/cart.test.ts", """
                import { test } from 'node:test';
                import assert from 'node:assert';
                import { total } from '../cart';

                %s""".formatted(body));
    }

    @Test
    void a_syntax_error_is_found_without_running_anything() {
        Requirements.require(TreeSitterSyntaxChecker.loads(), "tree-sitter's native library, which does not load here");
        workspace.write("cart.ts", CART.replace("sum + price, 0)", "sum + price, 0"));

        CheckReport.Failed syntax = (CheckReport.Failed) report(check(TIMEOUT), "typescript-syntax");

        assertThat(syntax.findings().getFirst().file()).isEqualTo("cart.ts");
    }

    @Test
    void a_type_error_is_located_with_its_code() {
        workspace.write("cart.ts", CART + "\nexport const count: number = \"three\";\n");

        CheckReport.Failed types = (CheckReport.Failed) report(check(TIMEOUT), TypeScriptTypeChecker.NAME);

        assertThat(types.findings()).hasSize(1);
        Finding finding = types.findings().getFirst();
        assertThat(finding.file()).isEqualTo("cart.ts");
        assertThat(finding.line()).isEqualTo(5);
        assertThat(finding.column()).isEqualTo(14);
        assertThat(finding.message()).startsWith("TS2322: Type 'string' is not assignable to type 'number'.");
        assertThat(finding.context()).contains("\"three\"");
    }

    @Test
    void a_failing_test_is_located_at_its_assertion_in_the_typescript_source() {
        workspace.write("cart.ts", CART.replace("sum + price", "sum - price"));
        test("""
                test('adds prices', () => {
                  assert.strictEqual(total([1, 2]), 3);
                });
                test('empty cart', () => {
                  assert.strictEqual(total([]), 0);
                });
                """);

        List<CheckReport> reports = check(TIMEOUT);

        CheckReport.Failed tests = (CheckReport.Failed) report(reports, TypeScriptTestChecker.NAME);
        assertThat(tests.findings()).hasSize(1);
        Finding finding = tests.findings().getFirst();
        assertThat(finding.file()).isEqualTo("test/cart.test.ts");
        assertThat(finding.line()).isEqualTo(6);
        assertThat(finding.message()).startsWith("test 'adds prices' failed:").contains("-3 !== 3");
        assertThat(report(reports, TypeScriptTypeChecker.NAME)).isInstanceOf(CheckReport.Passed.class);
    }

    @Test
    void a_passing_suite_passes_with_its_count() {
        workspace.write("cart.ts", CART);
        test("""
                test('adds prices', () => assert.strictEqual(total([1, 2]), 3));
                test('empty cart', () => assert.strictEqual(total([]), 0));
                """);

        List<CheckReport> reports = check(TIMEOUT);

        assertThat(report(reports, TypeScriptTypeChecker.NAME))
                .isEqualTo(new CheckReport.Passed(TypeScriptTypeChecker.NAME, "2 TypeScript files type-check"));
        assertThat(report(reports, TypeScriptTestChecker.NAME))
                .isEqualTo(new CheckReport.Passed(TypeScriptTestChecker.NAME, "2 tests passed"));
        assertThat(root.resolve(TypeScriptTestChecker.OUTPUT_FOLDER)).isEmptyDirectory();
    }

    @Test
    void a_project_without_tests_is_type_checked_and_runs_no_test_check() {
        workspace.write("cart.ts", CART);

        List<CheckReport> reports = check(TIMEOUT);

        assertThat(reports).extracting(CheckReport::checker).contains(TypeScriptTypeChecker.NAME)
                .doesNotContain(TypeScriptTestChecker.NAME);
        assertThat(Checks.allPassed(reports)).isTrue();
    }

    @Test
    void a_hanging_test_times_out_and_never_passes() {
        workspace.write("cart.ts", CART);
        test("test('hangs', () => new Promise(() => setInterval(() => {}, 1000)));\n");

        List<CheckReport> reports = check(HANG_TIMEOUT);

        assertThat(report(reports, TypeScriptTestChecker.NAME)).isInstanceOf(CheckReport.TimedOut.class);
        assertThat(Checks.allPassed(reports)).isFalse();
    }

    @Test
    void a_project_with_its_own_tsconfig_is_compiled_as_it_says() {
        workspace.write("tsconfig.json", """
                {"compilerOptions": {"target": "es2022", "module": "commonjs", "strict": true,
                                     "noImplicitAny": true, "rootDir": ".", "outDir": "dist"}}
                """);
        workspace.write("cart.ts", CART + "\nexport function half(x) { return x / 2; }\n");

        CheckReport.Failed types = (CheckReport.Failed) report(check(TIMEOUT), TypeScriptTypeChecker.NAME);

        assertThat(types.findings().getFirst().message()).startsWith("TS7006: Parameter 'x' implicitly has an 'any'"
                + " type.");
        assertThat(root.resolve("dist")).doesNotExist();
    }
}
