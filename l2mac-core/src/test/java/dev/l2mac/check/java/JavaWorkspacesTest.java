package dev.l2mac.check.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.check.Finding;
import dev.l2mac.check.Language;
import dev.l2mac.check.PinnedArtifact;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The six Java workspaces of the acceptance list, checked as a run checks them: in the sandbox when there is one. */
class JavaWorkspacesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HANG_TIMEOUT = Duration.ofSeconds(8);
    private static final int CAP = 8_000;
    private static final String CALCULATOR = """
            package shop;

            public class Calculator {
                public int add(int a, int b) {
                    return a + b;
                }
            }
            """;

    @TempDir
    static Path cache;

    @TempDir
    Path root;

    private static JUnitLauncherJar junit;
    private WorkspaceFixture workspace;

    @BeforeAll
    static void needsTheLauncherOffline() {
        junit = JUnitLauncherJar.offline(cache);
        Requirements.require(
                junit.resolve() instanceof PinnedArtifact.Resolution.Found,
                () -> "the JUnit console launcher offline, so Java tests are not run: "
                        + ((PinnedArtifact.Resolution.Missing) junit.resolve()).reason());
    }

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceFixture(root);
    }

    private static List<CheckReport> check(Path root, Duration timeout) {
        ProcessRunner runner = Sandboxes.runner(Sandboxing.DETECTED, SandboxLimits.DEFAULTS, false);
        Checks checks = CheckerCatalog.forWorkspace(
                runner, new CheckPlan(EnumSet.of(Language.JAVA), List.of(), timeout, CAP), junit);
        return checks.run(root, java.util.Set.of());
    }

    private static CheckReport report(List<CheckReport> reports, String checker) {
        return reports.stream()
                .filter(report -> report.checker().equals(checker))
                .findFirst()
                .orElseThrow();
    }

    private void test(String body) {
        workspace.write("src/test/java/shop/CalculatorTest.java", """
                package shop;

                import org.junit.jupiter.api.Test;
                import static org.junit.jupiter.api.Assertions.assertEquals;

                class CalculatorTest {
                %s
                }
                """.formatted(body));
    }

    @Test
    void a_syntax_error_fails_compilation_at_its_line() {
        workspace.write("src/main/java/shop/Calculator.java", CALCULATOR.replace("return a + b;", "return a + b"));
        test("    @Test void adds() { assertEquals(3, new Calculator().add(1, 2)); }");

        List<CheckReport> reports = check(root, TIMEOUT);

        CheckReport.Failed compile = (CheckReport.Failed) report(reports, JavaCompileChecker.NAME);
        assertThat(compile.findings().getFirst().file()).isEqualTo("src/main/java/shop/Calculator.java");
        assertThat(compile.findings().getFirst().line()).isEqualTo(5);
        assertThat(report(reports, JUnitChecker.NAME)).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(Checks.allPassed(reports)).isFalse();
    }

    @Test
    void a_type_error_in_a_test_fails_compilation_against_the_junit_api() {
        workspace.write("src/main/java/shop/Calculator.java", CALCULATOR);
        test("    @Test void adds() { String sum = new Calculator().add(1, 2); assertEquals(\"3\", sum); }");

        CheckReport.Failed compile = (CheckReport.Failed) report(check(root, TIMEOUT), JavaCompileChecker.NAME);

        assertThat(compile.findings()).hasSize(1);
        assertThat(compile.findings().getFirst().file()).isEqualTo("src/test/java/shop/CalculatorTest.java");
        assertThat(compile.findings().getFirst().message()).contains("incompatible types");
    }

    @Test
    void a_failing_test_is_located_at_its_assertion() {
        workspace.write("src/main/java/shop/Calculator.java", CALCULATOR.replace("a + b", "a - b"));
        test("""
                    @Test void adds() {
                        assertEquals(3, new Calculator().add(1, 2));
                    }

                    @Test void passes() {
                    }
                """);

        List<CheckReport> reports = check(root, TIMEOUT);

        assertThat(report(reports, JavaCompileChecker.NAME)).isInstanceOf(CheckReport.Passed.class);
        CheckReport.Failed tests = (CheckReport.Failed) report(reports, JUnitChecker.NAME);
        assertThat(tests.findings()).hasSize(1);
        Finding finding = tests.findings().getFirst();
        assertThat(finding.file()).isEqualTo("src/test/java/shop/CalculatorTest.java");
        assertThat(finding.line()).isEqualTo(8);
        assertThat(finding.message()).isEqualTo("CalculatorTest.adds() failed: expected: <3> but was: <-1>");
    }

    @Test
    void a_passing_suite_passes_with_its_count() {
        workspace.write("src/main/java/shop/Calculator.java", CALCULATOR);
        test("""
                    @Test void adds() { assertEquals(3, new Calculator().add(1, 2)); }
                    @Test void addsNegatives() { assertEquals(-3, new Calculator().add(-1, -2)); }
                """);

        List<CheckReport> reports = check(root, TIMEOUT);

        assertThat(reports)
                .containsExactly(
                        new CheckReport.Passed(JavaCompileChecker.NAME, "2 Java files compile"),
                        new CheckReport.Passed(JUnitChecker.NAME, "2 tests passed"));
    }

    @Test
    void a_project_without_tests_compiles_and_runs_no_test_checker() {
        workspace.write("src/main/java/shop/Calculator.java", CALCULATOR);

        assertThat(check(root, TIMEOUT))
                .containsExactly(new CheckReport.Passed(JavaCompileChecker.NAME, "1 Java file compiles"));
    }

    @Test
    void a_test_class_without_tests_passes_as_no_tests_found() {
        workspace.write("src/main/java/shop/Calculator.java", CALCULATOR);
        test("");

        assertThat(report(check(root, TIMEOUT), JUnitChecker.NAME))
                .isEqualTo(new CheckReport.Passed(JUnitChecker.NAME, "no tests found"));
    }

    @Test
    void a_hanging_test_times_out_and_never_passes() {
        workspace.write("src/main/java/shop/Calculator.java", CALCULATOR);
        test("    @Test void hangs() throws Exception { Thread.sleep(600_000); }");

        List<CheckReport> reports = check(root, HANG_TIMEOUT);

        assertThat(report(reports, JUnitChecker.NAME)).isInstanceOf(CheckReport.TimedOut.class);
        assertThat(Checks.allPassed(reports)).isFalse();
    }

    /** A POM declaring Jackson, which this workspace's dependency cache has never installed. */
    private static final String POM_WITH_JACKSON = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>shop</groupId>
              <artifactId>cart</artifactId>
              <version>1.0</version>
              <dependencies>
                <dependency>
                  <groupId>com.fasterxml.jackson.core</groupId>
                  <artifactId>jackson-databind</artifactId>
                  <version>2.17.0</version>
                </dependency>
              </dependencies>
            </project>
            """;

    private static final String RECEIPT = """
            package shop;

            import com.fasterxml.jackson.databind.ObjectMapper;

            public class Receipt {
                private final ObjectMapper mapper = new ObjectMapper();

                public String json(int total) throws Exception {
                    return mapper.writeValueAsString(total);
                }
            }
            """;

    @Test
    void a_library_the_pom_declares_but_nobody_installed_is_a_note_and_its_tests_cannot_run() {
        workspace
                .write("pom.xml", POM_WITH_JACKSON)
                .write("src/main/java/shop/Calculator.java", CALCULATOR)
                .write("src/main/java/shop/Receipt.java", RECEIPT);
        test("    @Test void adds() { assertEquals(3, new Calculator().add(1, 2)); }");

        List<CheckReport> reports = check(root, TIMEOUT);

        CheckReport compile = report(reports, JavaCompileChecker.NAME);
        assertThat(compile).isInstanceOf(CheckReport.Passed.class);
        assertThat(compile.notes()).singleElement().satisfies(note -> {
            assertThat(note.file()).isEqualTo("src/main/java/shop/Receipt.java");
            assertThat(note.line()).isEqualTo(3);
            assertThat(note.message())
                    .contains(
                            "'com.fasterxml.jackson.core:jackson-databind'",
                            "declared in pom.xml but not installed",
                            "l2mac deps");
        });
        CheckReport tests = report(reports, JUnitChecker.NAME);
        assertThat(tests).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) tests).reason()).contains("jackson-databind", "l2mac deps");
        assertThat(Checks.allPassed(reports)).isTrue();
    }

    @Test
    void an_error_in_the_workspace_code_is_still_located_while_a_declared_library_is_missing() {
        workspace
                .write("pom.xml", POM_WITH_JACKSON)
                .write("src/main/java/shop/Calculator.java", CALCULATOR.replace("return a + b;", "return \"a\";"))
                .write("src/main/java/shop/Receipt.java", RECEIPT);

        CheckReport.Failed compile = (CheckReport.Failed) report(check(root, TIMEOUT), JavaCompileChecker.NAME);

        assertThat(compile.findings()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("src/main/java/shop/Calculator.java");
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.message()).contains("incompatible types");
        });
        assertThat(compile.notes())
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("jackson-databind");
    }

    @Test
    void a_missing_class_of_the_workspace_is_still_flagged_beside_a_missing_library() {
        workspace
                .write("pom.xml", POM_WITH_JACKSON)
                .write("src/main/java/shop/Calculator.java", CALCULATOR)
                .write(
                        "src/main/java/shop/Receipt.java",
                        RECEIPT.replace("import com.", "import shop.money.Cents;\nimport shop.Tax;\nimport com."));

        CheckReport.Failed compile = (CheckReport.Failed) report(check(root, TIMEOUT), JavaCompileChecker.NAME);

        assertThat(compile.findings()).extracting(Finding::line).containsExactly(3, 4);
        assertThat(compile.findings())
                .extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).isEqualTo("package shop.money does not exist"));
        assertThat(compile.notes()).hasSize(1);
    }

    @Test
    void a_package_nobody_declares_stays_an_error_that_says_how_to_provide_it() {
        workspace.write("src/main/java/shop/Names.java", """
                package shop;

                import org.apache.commons.lang3.StringUtils;

                public class Names {
                    public String title(String name) {
                        return StringUtils.capitalize(name);
                    }
                }
                """);

        CheckReport.Failed compile = (CheckReport.Failed) report(check(root, TIMEOUT), JavaCompileChecker.NAME);

        assertThat(compile.findings().getFirst().describe())
                .startsWith("src/main/java/shop/Names.java:3:")
                .contains(
                        "package org.apache.commons.lang3 does not exist",
                        "if it belongs to the project, write it",
                        "declare it as a dependency in a pom.xml at the workspace root");
        assertThat(compile.notes()).isEmpty();
    }
}
