package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.testing.Requirements;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeSitterSyntaxCheckerTest {

    @TempDir
    Path root;

    private WorkspaceFixture workspace;

    @BeforeEach
    void needsTreeSitter() {
        Requirements.require(TreeSitterSyntaxChecker.loads(), "tree-sitter's native library, which does not load here");
        workspace = new WorkspaceFixture(root);
    }

    private static List<Finding> findings(CheckReport report) {
        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        return ((CheckReport.Failed) report).findings();
    }

    @Test
    void locates_a_javascript_syntax_error_with_the_code_around_it() {
        workspace.write("src/app.js", "const a = 1;\nconst b = a +;\nmodule.exports = { a, b };\n");

        List<Finding> findings = findings(TreeSitterSyntaxChecker.javascript().check(root, Set.of()));

        assertThat(findings).hasSize(1);
        assertThat(findings.getFirst().file()).isEqualTo("src/app.js");
        assertThat(findings.getFirst().line()).isEqualTo(2);
        assertThat(findings.getFirst().message()).startsWith("syntax error");
        assertThat(findings.getFirst().context()).contains("const b = a +;");
    }

    @Test
    void reports_a_missing_closing_token_by_name() {
        workspace.write("app.ts", "function total(items: number[]): number {\n  return items.length;\n");

        List<Finding> findings = findings(TreeSitterSyntaxChecker.typescript().check(root, Set.of()));

        assertThat(findings).extracting(Finding::message).anyMatch(message -> message.contains("'}'"));
    }

    @Test
    void passes_valid_typescript_with_types_that_javascript_would_reject() {
        workspace.write(
                "app.ts",
                "interface Item { price: number }\nexport const total = (items: Item[]): number =>"
                        + " items.reduce((sum, item) => sum + item.price, 0);\n");

        assertThat(TreeSitterSyntaxChecker.typescript().check(root, Set.of()))
                .isEqualTo(new CheckReport.Passed("typescript-syntax", "1 typescript file parses"));
        assertThat(TreeSitterSyntaxChecker.javascript().check(root, Set.of())).isInstanceOf(CheckReport.Passed.class);
    }

    @Test
    void finds_python_syntax_errors_and_python_2_print_statements() {
        workspace
                .write("ok.py", "def add(a, b):\n    return a + b\n")
                .write("broken.py", "def add(a, b:\n    return a + b\n")
                .write("legacy.py", "print \"hello\"\n");

        List<Finding> findings = findings(TreeSitterSyntaxChecker.python().check(root, Set.of()));

        assertThat(findings).extracting(Finding::file).containsExactly("broken.py", "legacy.py");
        assertThat(findings.get(1).message()).contains("no print statement");
    }

    @Test
    void keeps_reporting_an_unchanged_broken_file_while_another_file_changes() {
        TreeSitterSyntaxChecker checker = TreeSitterSyntaxChecker.javascript();
        workspace.write("a.js", "let x = ;\n").write("b.js", "let y = 1;\n");
        assertThat(findings(checker.check(root, Set.of())))
                .extracting(Finding::file)
                .containsExactly("a.js");

        workspace.write("b.js", "let y = (;\n");
        assertThat(findings(checker.check(root, Set.of("b.js"))))
                .extracting(Finding::file)
                .containsExactly("a.js", "b.js");

        workspace.write("a.js", "let x = 2;\n").write("b.js", "let y = 2;\n");
        assertThat(checker.check(root, Set.of("a.js", "b.js"))).isInstanceOf(CheckReport.Passed.class);
    }

    @Test
    void forgets_a_deleted_file() throws Exception {
        TreeSitterSyntaxChecker checker = TreeSitterSyntaxChecker.python();
        workspace.write("gone.py", "def f(:\n");
        assertThat(checker.check(root, Set.of())).isInstanceOf(CheckReport.Failed.class);

        java.nio.file.Files.delete(root.resolve("gone.py"));
        workspace.write("kept.py", "x = 1\n");

        assertThat(checker.check(root, Set.of())).isInstanceOf(CheckReport.Passed.class);
    }
}
