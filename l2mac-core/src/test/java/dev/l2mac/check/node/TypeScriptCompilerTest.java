package dev.l2mac.check.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.Finding;
import dev.l2mac.check.WorkspaceFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeScriptCompilerTest {

    @TempDir
    Path root;

    @Test
    void reads_located_diagnostics_of_workspace_files_and_skips_the_rest() {
        new WorkspaceFixture(root).write("src/cart.ts", "let a = 1;\nconst n: number = \"x\";\n");
        String output = """
                src/cart.ts(2,7): error TS2322: Type 'string' is not assignable to type 'number'.
                  The expected type comes from this declaration.
                error TS5023: Unknown compiler option 'foo'.
                /usr/lib/node_modules/x/index.d.ts(1,1): error TS1005: ';' expected.
                src/cart.ts(1,5): warning TS6133: 'a' is declared but its value is never read.
                """;

        List<Finding> findings = TypeScriptCompiler.findings(root, output);

        assertThat(findings)
                .extracting(Finding::describe)
                .containsExactly(
                        "src/cart.ts:2:7: error: TS2322: Type 'string' is not assignable to type 'number'.",
                        "src/cart.ts:1:5: warning: TS6133: 'a' is declared but its value is never read.");
        assertThat(findings.getFirst().context()).contains("const n: number = \"x\";");
    }

    @Test
    void prefers_the_projects_own_compiler_and_otherwise_uses_the_toolchains() {
        TypeScriptToolchain.Resolution.Found toolchain =
                new TypeScriptToolchain.Resolution.Found(root.resolve("cache/node_modules"));

        assertThat(TypeScriptCompiler.typeCheck(root, toolchain, List.of("a.ts")))
                .startsWith("node", toolchain.tsc().toString())
                .endsWith("a.ts", "--noEmit")
                .contains("--strict");

        new WorkspaceFixture(root).write("node_modules/typescript/lib/tsc.js", "// the project's compiler\n");
        assertThat(TypeScriptCompiler.typeCheck(root, toolchain, List.of("a.ts"))
                        .get(1))
                .isEqualTo(root.resolve("node_modules/typescript/lib/tsc.js").toString());
    }

    @Test
    void keeps_at_most_a_few_findings() {
        new WorkspaceFixture(root).write("a.ts", "\n");
        String output = "a.ts(1,1): error TS1: x\n".repeat(TypeScriptCompiler.MAX_FINDINGS + 5);

        assertThat(TypeScriptCompiler.findings(root, output)).hasSize(TypeScriptCompiler.MAX_FINDINGS);
    }

    @Test
    void names_typescript_tests_as_node_names_javascript_tests() {
        assertThat(List.of("cart.test.ts", "test/cart.ts", "src/cart-test.mts", "test-cart.cts"))
                .allMatch(TypeScriptTestChecker::isTest);
        assertThat(List.of("cart.ts", "types.d.ts", "test/types.d.ts", "cart.test.js"))
                .noneMatch(TypeScriptTestChecker::isTest);
    }
}
