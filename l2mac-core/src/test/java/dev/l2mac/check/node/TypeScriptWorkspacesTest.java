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
import dev.l2mac.process.sandbox.OutsideTmp;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        toolchain = RequiredToolchain.in(cache);
    }

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceFixture(root);
    }

    private List<CheckReport> check(Duration timeout) {
        ProcessRunner runner = Sandboxes.runner(Sandboxing.DETECTED, SandboxLimits.DEFAULTS, false);
        CheckPlan plan = new CheckPlan(EnumSet.of(Language.TYPESCRIPT), List.of(), timeout, CAP);
        return CheckerCatalog.forWorkspace(runner, plan, JUnitLauncherJar.offline(cache), toolchain)
                .run(root, Set.of());
    }

    private static CheckReport report(List<CheckReport> reports, String checker) {
        return reports.stream()
                .filter(report -> report.checker().equals(checker))
                .findFirst()
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

        assertThat(reports)
                .extracting(CheckReport::checker)
                .contains(TypeScriptTypeChecker.NAME)
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

        assertThat(types.findings().getFirst().message())
                .startsWith("TS7006: Parameter 'x' implicitly has an 'any'" + " type.");
        assertThat(root.resolve("dist")).doesNotExist();
    }

    /** A manifest declaring a package that this workspace's dependency cache never installed. */
    private static final String DECLARES_FANCY_THING = """
            {"name": "shop", "version": "1.0.0", "devDependencies": {"fancy-thing": "^2.0.0"}}
            """;

    private static final String CLIENT = """
            import { connect } from 'fancy-thing';

            export function open(): unknown {
              return connect();
            }
            """;

    @Test
    void an_import_of_a_declared_package_this_machine_lacks_is_a_note_not_a_type_error() {
        workspace
                .write("package.json", DECLARES_FANCY_THING)
                .write("client.ts", CLIENT)
                .write("cart.ts", CART);

        CheckReport types = report(check(TIMEOUT), TypeScriptTypeChecker.NAME);

        assertThat(types).isInstanceOf(CheckReport.Passed.class);
        assertThat(types.notes()).singleElement().satisfies(note -> {
            assertThat(note.describe())
                    .startsWith("client.ts:1: note: the package 'fancy-thing' is declared in"
                            + " package.json but not installed");
            assertThat(note.message()).contains("l2mac deps");
        });
    }

    @Test
    void a_missing_module_of_the_workspace_is_still_a_type_error_beside_a_missing_package() {
        workspace
                .write("package.json", DECLARES_FANCY_THING)
                .write("client.ts", CLIENT)
                .write("cart.ts", "import { round } from './money';\n" + CART);

        CheckReport.Failed types = (CheckReport.Failed) report(check(TIMEOUT), TypeScriptTypeChecker.NAME);

        assertThat(types.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo("cart.ts");
            assertThat(finding.line()).isEqualTo(1);
            assertThat(finding.message()).startsWith("TS2307: Cannot find module './money'");
        });
        assertThat(types.notes()).singleElement().extracting(Finding::file).isEqualTo("client.ts");
    }

    @Test
    void an_import_nobody_declares_is_a_note_that_says_to_write_or_declare_it() {
        workspace.write("client.ts", CLIENT);

        CheckReport types = report(check(TIMEOUT), TypeScriptTypeChecker.NAME);

        assertThat(types).isInstanceOf(CheckReport.Passed.class);
        assertThat(types.notes())
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains(
                        "'fancy-thing' is neither a module of this workspace nor an installed package",
                        "declare it in package.json");
    }

    @Test
    void an_installed_package_without_type_declarations_is_no_finding() {
        workspace
                .write("package.json", DECLARES_FANCY_THING)
                .write("client.ts", CLIENT)
                .write("node_modules/fancy-thing/package.json", "{\"name\": \"fancy-thing\", \"main\": \"index.js\"}")
                .write("node_modules/fancy-thing/index.js", "exports.connect = () => 1;\n");

        CheckReport types = report(check(TIMEOUT), TypeScriptTypeChecker.NAME);

        assertThat(types)
                .isEqualTo(new CheckReport.Passed(TypeScriptTypeChecker.NAME, "1 TypeScript file type-checks"));
    }

    @Test
    void typescript_tests_that_need_a_declared_package_this_machine_lacks_cannot_run() {
        workspace
                .write("package.json", DECLARES_FANCY_THING)
                .write("client.ts", CLIENT)
                .write("test/client.test.ts", """
                        import { test } from 'node:test';
                        import { open } from '../client';

                        test('opens', () => { open(); });
                        """);

        CheckReport tests = report(check(TIMEOUT), TypeScriptTestChecker.NAME);

        assertThat(tests).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) tests).reason()).contains("'fancy-thing' is declared in package.json");
    }
}
