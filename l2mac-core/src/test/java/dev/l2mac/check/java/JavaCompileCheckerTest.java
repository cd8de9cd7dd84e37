package dev.l2mac.check.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.process.Directories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaCompileCheckerTest {

    @TempDir
    Path workspace;

    private final JavaCompileChecker checker = new JavaCompileChecker();

    private void write(String path, String content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void reports_a_syntax_error_with_line_column_and_the_code_around_it() throws Exception {
        write("src/main/java/shop/Cart.java", """
                package shop;

                public class Cart {
                    int total() {
                        return 1
                    }
                }
                """);

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        Finding finding = ((CheckReport.Failed) report).findings().getFirst();
        assertThat(finding.file()).isEqualTo("src/main/java/shop/Cart.java");
        assertThat(finding.line()).isEqualTo(5);
        assertThat(finding.column()).isEqualTo(17);
        assertThat(finding.message()).contains("';' expected");
        assertThat(finding.context()).contains("5 |         return 1").contains("^");
    }

    @Test
    void reports_a_type_error_across_files() throws Exception {
        write("shop/Price.java", "package shop;\npublic record Price(long cents) {}\n");
        write("shop/Cart.java", """
                package shop;
                class Cart {
                    String total(Price price) {
                        return price.cents();
                    }
                }
                """);

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings).hasSize(1);
        assertThat(findings.getFirst().describe()).startsWith("shop/Cart.java:4:");
        assertThat(findings.getFirst().message()).contains("incompatible types");
    }

    @Test
    void passes_code_that_compiles_and_leaves_no_class_files_in_the_workspace() throws Exception {
        write("App.java", "public class App { public static void main(String[] a) { System.out.println(1); } }\n");
        write("util/Strings.java", "package util;\npublic final class Strings { }\n");

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(report).isEqualTo(new CheckReport.Passed(JavaCompileChecker.NAME, "2 Java files compile"));
        try (Stream<Path> files = Files.walk(workspace)) {
            assertThat(files.filter(file -> file.toString().endsWith(".class"))).isEmpty();
        }
    }

    @Test
    void reports_at_most_a_bounded_number_of_errors() throws Exception {
        StringBuilder broken = new StringBuilder("class Broken {\n");
        for (int i = 0; i < JavaCompileChecker.MAX_FINDINGS + 10; i++) {
            broken.append("    int f").append(i).append("() { return \"no\"; }\n");
        }
        write("Broken.java", broken.append("}\n").toString());

        CheckReport report = checker.check(workspace, Set.of());

        assertThat(((CheckReport.Failed) report).findings()).hasSize(JavaCompileChecker.MAX_FINDINGS);
    }

    @Test
    void compiles_against_the_given_classpath() throws Exception {
        Path library = Files.createDirectories(workspace.resolveSibling(workspace.getFileName() + "-lib"));
        try {
            Path source = library.resolve("lib/Greeter.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, """
                    package lib;
                    public class Greeter { public static String hi() { return "hi"; } }
                    """);
            assertThat(new JavaCompileChecker().check(library, Set.of())).isInstanceOf(CheckReport.Passed.class);
            javax.tools.ToolProvider.getSystemJavaCompiler()
                    .run(null, null, null, "-d", library.toString(), source.toString());
            write("App.java", "class App { String s = lib.Greeter.hi(); }\n");

            assertThat(checker.check(workspace, Set.of())).isInstanceOf(CheckReport.Failed.class);
            assertThat(new JavaCompileChecker(List.of(library)).check(workspace, Set.of()))
                    .isInstanceOf(CheckReport.Passed.class);
        } finally {
            Directories.deleteTree(library);
        }
    }

    @Test
    void applies_only_to_workspaces_with_java_files() {
        assertThat(checker.appliesTo(List.of("README.md", "src/Main.java"))).isTrue();
        assertThat(checker.appliesTo(List.of("main.py", "notes.javax"))).isFalse();
    }
}
