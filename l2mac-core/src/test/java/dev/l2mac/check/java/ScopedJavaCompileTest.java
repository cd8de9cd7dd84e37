package dev.l2mac.check.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compile within a scope, as on an existing repository: the changed files and the files using their types are
 * compiled against the rest of the project's sources, which are read but not compiled, so an error elsewhere is
 * not reported while every error the change causes is.
 */
class ScopedJavaCompileTest {

    private static final String PRICE = "src/main/java/shop/money/Price.java";
    private static final String CART = "src/main/java/shop/cart/Cart.java";
    private static final String DISCOUNTS = "src/main/java/shop/cart/Discounts.java";
    private static final String BROKEN = "src/main/java/shop/legacy/Broken.java";
    private static final String UNRELATED = "src/main/java/shop/legacy/Report.java";

    @TempDir
    Path workspace;

    private final JavaCompileChecker checker = new JavaCompileChecker();

    @BeforeEach
    void project() throws IOException {
        write(PRICE, """
                package shop.money;

                public record Price(long cents) {
                    public long doubled() {
                        return cents * 2;
                    }
                }
                """);
        write(CART, """
                package shop.cart;

                import shop.money.Price;

                public final class Cart {
                    public long total(Price price) {
                        return price.doubled() + Discounts.none();
                    }
                }
                """);
        write(DISCOUNTS, """
                package shop.cart;

                final class Discounts {
                    static long none() {
                        return 0;
                    }
                }
                """);
        // an error that was there before the change, in a file the change does not touch
        write(BROKEN, """
                package shop.legacy;

                final class Broken {
                    int value() {
                        return "not a number";
                    }
                }
                """);
        write(UNRELATED, """
                package shop.legacy;

                final class Report {
                    String title() {
                        return "Report";
                    }
                }
                """);
    }

    @Test
    void compiles_the_changed_file_against_the_other_sources_and_leaves_old_errors_elsewhere_alone() {
        CheckReport report = checker.check(workspace, new CheckScope.Only(Set.of(CART)));

        assertThat(report).isInstanceOf(CheckReport.Passed.class);
        assertThat(((CheckReport.Passed) report).summary()).isEqualTo("1 Java file compiles");
    }

    @Test
    void a_change_to_a_type_is_checked_in_the_files_that_use_it() throws IOException {
        write(PRICE, """
                package shop.money;

                public record Price(long cents) {
                    public long tripled() {
                        return cents * 3;
                    }
                }
                """);

        CheckReport report = checker.check(workspace, new CheckScope.Only(Set.of(PRICE)));

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings).extracting(Finding::file).containsExactly(CART);
        assertThat(findings.getFirst().message()).contains("doubled()");
    }

    @Test
    void a_deleted_type_breaks_its_users_in_the_same_package() throws IOException {
        Files.delete(workspace.resolve(DISCOUNTS));

        CheckReport report = checker.check(workspace, new CheckScope.Only(Set.of(DISCOUNTS)));

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        assertThat(((CheckReport.Failed) report).findings())
                .extracting(Finding::file)
                .containsExactly(CART);
    }

    @Test
    void a_new_error_in_a_changed_file_is_reported() throws IOException {
        write(UNRELATED, """
                package shop.legacy;

                final class Report {
                    String title() {
                        return 42;
                    }
                }
                """);

        CheckReport report = checker.check(workspace, new CheckScope.Only(Set.of(UNRELATED)));

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        assertThat(((CheckReport.Failed) report).findings())
                .extracting(Finding::file)
                .containsExactly(UNRELATED);
    }

    @Test
    void a_changed_pom_compiles_everything() throws IOException {
        write("pom.xml", "<project/>\n");

        CheckReport report = checker.check(workspace, new CheckScope.Only(Set.of("pom.xml")));

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        assertThat(((CheckReport.Failed) report).findings())
                .extracting(Finding::file)
                .containsExactly(BROKEN);
    }

    @Test
    void a_change_to_no_java_file_compiles_nothing() throws IOException {
        write("README.md", "# Shop\n");

        CheckReport report = checker.check(workspace, new CheckScope.Only(Set.of("README.md")));

        assertThat(report).isInstanceOf(CheckReport.Passed.class);
        assertThat(((CheckReport.Passed) report).summary())
                .isEqualTo("no Java file changed, nor any file using one that did");
    }

    @Test
    void the_scope_names_the_files_using_a_changed_type_and_the_source_roots() throws IOException {
        write("src/test/java/shop/money/PriceTest.java", "package shop.money;\nclass PriceTest { Price price; }\n");
        write("tools/Script.java", "class Script { String Price = \"a word, not the type\"; }\n");

        JavaSourceScope scope = JavaSourceScope.of(
                workspace,
                List.of(
                        PRICE,
                        CART,
                        DISCOUNTS,
                        BROKEN,
                        UNRELATED,
                        "src/test/java/shop/money/PriceTest.java",
                        "tools/Script.java"),
                new CheckScope.Only(Set.of(PRICE)));

        assertThat(scope.compiled()).containsExactly(CART, PRICE, "src/test/java/shop/money/PriceTest.java");
        assertThat(scope.roots()).containsExactly("src/main/java", "src/test/java", "tools");
    }

    @Test
    void a_package_is_rooted_where_its_path_begins() {
        assertThat(JavaSourceScope.rootOf("src/main/java/shop/cart", "shop.cart"))
                .contains("src/main/java");
        assertThat(JavaSourceScope.rootOf("shop/cart", "shop.cart")).contains("");
        assertThat(JavaSourceScope.rootOf("lib", "")).contains("lib");
        assertThat(JavaSourceScope.rootOf("src/elsewhere", "shop.cart")).isEmpty();
    }

    private void write(String path, String content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
