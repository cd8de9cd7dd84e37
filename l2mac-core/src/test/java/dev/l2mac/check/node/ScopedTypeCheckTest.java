package dev.l2mac.check.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Finding;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.OutsideTmp;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.process.sandbox.Sandboxing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type check within a scope, as on an existing repository, with the real compiler: the changed files and their
 * importers are checked, an old error in a file the change does not reach is not reported, and a project's own
 * {@code tsconfig.json} (a composite project here) still decides how they are compiled.
 */
class ScopedTypeCheckTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String CART = "src/cart.ts";
    private static final String CHECKOUT = "src/checkout.ts";
    private static final String LEGACY = "src/legacy/report.ts";

    @TempDir(factory = OutsideTmp.class)
    Path root;

    @TempDir
    static Path cache;

    private static TypeScriptToolchain toolchain;
    private WorkspaceFixture workspace;
    private TypeScriptTypeChecker checker;

    @BeforeAll
    static void needsNodeAndTheToolchain() {
        toolchain = RequiredToolchain.in(cache);
    }

    @BeforeEach
    void project() {
        ProcessRunner runner = Sandboxes.runner(Sandboxing.DETECTED, SandboxLimits.DEFAULTS, false);
        checker = new TypeScriptTypeChecker(runner, toolchain, TIMEOUT, 8_000);
        workspace = new WorkspaceFixture(root);
        workspace.write(
                CART,
                "export function total(prices: number[]): number {\n"
                        + "  return prices.reduce((sum, price) => sum + price, 0);\n}\n");
        workspace.write(
                CHECKOUT,
                "import { total } from './cart.js';\n\n"
                        + "export function receipt(prices: number[]): string {\n  return `Total: ${total(prices)}`;\n}\n");
        // an error that was there before the change, in a file the change does not reach
        workspace.write(LEGACY, "export const pages: number = 'many';\n");
    }

    @Test
    void the_changed_file_and_its_importers_are_checked_and_old_errors_elsewhere_are_not() {
        CheckReport report = checker.check(root, new CheckScope.Only(Set.of(CART)));

        assertThat(report)
                .isEqualTo(new CheckReport.Passed(TypeScriptTypeChecker.NAME, "2 TypeScript files type-check"));
    }

    @Test
    void a_change_that_breaks_an_importer_is_reported_there() {
        workspace.write(CART, "export function sum(prices: number[]): number {\n  return prices.length;\n}\n");

        CheckReport report = checker.check(root, new CheckScope.Only(Set.of(CART)));

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings).extracting(Finding::file).containsOnly(CHECKOUT);
        assertThat(findings.getFirst().message()).startsWith("TS2305").contains("total");
    }

    @Test
    void a_projects_own_configuration_still_decides_and_the_scope_leaves_nothing_behind() throws Exception {
        workspace.write("tsconfig.json", """
                {"compilerOptions": {"strict": true, "target": "es2022", "module": "nodenext",
                  "moduleResolution": "nodenext", "composite": true, "rootDir": "src", "outDir": "dist",
                  "skipLibCheck": true, "types": []},
                 "include": ["src"]}
                """);
        workspace.write(
                CART,
                "export function total(prices: number[]): number {\n"
                        + "  return prices.reduce((sum, price) => sum + price, 0);\n}\n"
                        + "export function first(prices: number[]): number {\n  return prices.length > 0 ? prices[0] : 'none';\n}\n");

        CheckReport report = checker.check(root, new CheckScope.Only(Set.of(CART)));

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        assertThat(((CheckReport.Failed) report).findings())
                .extracting(Finding::file)
                .containsOnly(CART);
        assertThat(checker.check(root, new CheckScope.Only(Set.of("tsconfig.json"))))
                .as("a changed configuration checks everything, the old error included")
                .isInstanceOfSatisfying(
                        CheckReport.Failed.class,
                        failed -> assertThat(failed.findings())
                                .extracting(Finding::file)
                                .contains(LEGACY));
        try (var left = Files.list(root.resolve(TypeScriptTypeChecker.SCOPE_FOLDER))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void a_change_to_no_typescript_file_checks_nothing() {
        workspace.write("README.md", "# Shop\n");

        assertThat(checker.check(root, new CheckScope.Only(Set.of("README.md"))))
                .isEqualTo(new CheckReport.Passed(
                        TypeScriptTypeChecker.NAME, "no TypeScript file changed, nor any file importing one that did"));
    }

    @Test
    void specifiers_that_name_a_module() {
        assertThat(TypeScriptScope.names("src/checkout.ts", "./cart.js", "src/cart"))
                .isTrue();
        assertThat(TypeScriptScope.names("src/checkout.ts", "./cart", "src/cart"))
                .isTrue();
        assertThat(TypeScriptScope.names("src/a/b.ts", "../cart", "src/cart")).isTrue();
        assertThat(TypeScriptScope.names("src/checkout.ts", "./cart", "src/cart/index"))
                .isTrue();
        assertThat(TypeScriptScope.names("src/checkout.ts", "@/shop/cart", "src/shop/cart"))
                .isTrue();
        assertThat(TypeScriptScope.names("src/checkout.ts", "./carts", "src/cart"))
                .isFalse();
        assertThat(TypeScriptScope.names("src/checkout.ts", "lodash", "src/cart"))
                .isFalse();
        assertThat(TypeScriptScope.names("checkout.ts", "../../cart", "cart")).isFalse();
    }
}
