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
import dev.l2mac.deps.DependencyCache;
import dev.l2mac.process.LocalProcessRunner;
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

/**
 * Java projects with their own {@code pom.xml}, tested by real Maven offline in the sandbox. The dependency cache
 * links to the user's repository, which this project's own build filled with everything the POM below needs (the
 * same plugin and JUnit versions), so nothing is downloaded; {@code MavenInstallTest} covers filling the cache.
 */
class MavenProjectsTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Duration HANG_TIMEOUT = Duration.ofSeconds(25);
    private static final int CAP = 20_000;
    private static final Path USER_REPOSITORY = PinnedArtifact.userMavenRepository();
    /** The one artifact an older {@code mvn} on the PATH needs beyond what this project's build (Maven 3.9) fetched. */
    private static final String PLEXUS_UTILS = "org/codehaus/plexus/plexus-utils/1.1/plexus-utils-1.1.jar";
    /** Versions this project's build uses (root pom.xml), so that they are in the user's repository. */
    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>shop</groupId>
              <artifactId>cart</artifactId>
              <version>1.0</version>
              <properties>
                <maven.compiler.release>21</maven.compiler.release>
                <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
              </properties>
              <dependencies>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <version>5.14.1</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>
              <build>
                <plugins>
                  <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                  <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
                  <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
                </plugins>
              </build>
            </project>
            """;

    private static final String CART = """
            package shop;

            public class Cart {
                public static int total(int... prices) {
                    int sum = 0;
                    for (int price : prices) {
                        sum += price;
                    }
                    return sum;
                }
            }
            """;

    @TempDir(factory = OutsideTmp.class)
    Path root;

    private WorkspaceFixture workspace;

    @BeforeAll
    static void needsMavenAndTheBuildsRepository() {
        Requirements.require(Tool.MAVEN);
        Requirements.require(
                Files.isDirectory(USER_REPOSITORY.resolve("org/apache/maven/plugins/maven-surefire-plugin/3.5.4")),
                "in the user's Maven repository, what this"
                        + " project's build puts there; Maven projects are not built. Run ./mvnw verify");
        Requirements.require(
                Files.isRegularFile(USER_REPOSITORY.resolve(PLEXUS_UTILS)) || fetchPlexusUtils(),
                "plexus-utils 1.1, which Maven before 3.9 gives plugins; this project's build does not fetch it, and"
                        + " it could not be fetched now from Maven Central; Maven projects are not built");
    }

    private static boolean fetchPlexusUtils() {
        return new LocalProcessRunner()
                        .run(
                                List.of(
                                        "mvn",
                                        "-B",
                                        "-q",
                                        "dependency:get",
                                        "-Dartifact=org.codehaus.plexus:plexus-utils:1.1",
                                        "-Dtransitive=false"),
                                Path.of("."),
                                java.util.Map.of(),
                                TIMEOUT,
                                CAP)
                        .succeeded()
                && Files.isRegularFile(USER_REPOSITORY.resolve(PLEXUS_UTILS));
    }

    @BeforeEach
    void workspace() throws IOException {
        workspace = new WorkspaceFixture(root).write("pom.xml", POM);
        Path repository = DependencyCache.of(root).mavenRepository();
        Files.createDirectories(repository.getParent());
        Files.createSymbolicLink(repository, USER_REPOSITORY);
    }

    private List<CheckReport> check(Duration timeout) {
        ProcessRunner runner = Sandboxes.runner(Sandboxing.DETECTED, SandboxLimits.DEFAULTS, false);
        CheckPlan plan = new CheckPlan(EnumSet.of(Language.JAVA), List.of(), timeout, CAP);
        return CheckerCatalog.forWorkspace(runner, plan, JUnitLauncherJar.offline(root.resolve(".cache")))
                .run(root, Set.of());
    }

    private static CheckReport report(List<CheckReport> reports, String checker) {
        return reports.stream()
                .filter(report -> report.checker().equals(checker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no report of " + checker + " in " + reports));
    }

    private void test(String body) {
        workspace.write("src/test/java/shop/CartTest.java", """
                package shop;

                import org.junit.jupiter.api.Test;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                class CartTest {
                %s}
                """.formatted(body));
    }

    @Test
    void a_passing_suite_is_run_by_maven_and_leaves_no_target_in_the_workspace() {
        workspace.write("src/main/java/shop/Cart.java", CART);
        test("""
                    @Test
                    void adds() {
                        assertEquals(5, Cart.total(2, 3));
                    }

                    @Test
                    void empty() {
                        assertEquals(0, Cart.total());
                    }
                """);

        List<CheckReport> reports = check(TIMEOUT);

        assertThat(report(reports, JUnitChecker.NAME))
                .isEqualTo(new CheckReport.Passed(JUnitChecker.NAME, "2 tests passed (mvn test)"));
        assertThat(report(reports, JavaCompileChecker.NAME)).isInstanceOf(CheckReport.Passed.class);
        assertThat(root.resolve(MavenBuild.TARGET)).doesNotExist();
    }

    @Test
    void a_failing_test_is_located_at_its_line() {
        workspace.write("src/main/java/shop/Cart.java", CART.replace("sum += price", "sum -= price"));
        test("""
                    @Test
                    void adds() {
                        assertEquals(5, Cart.total(2, 3));
                    }
                """);

        CheckReport.Failed tests = (CheckReport.Failed) report(check(TIMEOUT), JUnitChecker.NAME);

        Finding finding = tests.findings().getFirst();
        assertThat(finding.file()).isEqualTo("src/test/java/shop/CartTest.java");
        assertThat(finding.line()).isEqualTo(10);
        assertThat(finding.message()).startsWith("CartTest.adds failed:").contains("expected: <5> but was: <-5>");
    }

    @Test
    void a_compile_error_is_located_by_the_in_process_compiler_and_by_maven() {
        workspace.write("src/main/java/shop/Cart.java", CART.replace("int sum = 0;", "int sum = \"0\";"));

        List<CheckReport> reports = check(TIMEOUT);

        CheckReport.Failed compile = (CheckReport.Failed) report(reports, JavaCompileChecker.NAME);
        assertThat(compile.findings().getFirst().file()).isEqualTo("src/main/java/shop/Cart.java");
        assertThat(compile.findings().getFirst().line()).isEqualTo(5);
        assertThat(MavenBuild.compileErrors(root, root.resolve(MavenBuild.BUILD_FOLDER), """
                [ERROR] %s/src/main/java/shop/Cart.java:[5,19] incompatible types: String cannot be converted to int
                [ERROR] %s/src/main/java/shop/Cart.java:[5,19] incompatible types: String cannot be converted to int
                """.formatted(
                                root.resolve(MavenBuild.BUILD_FOLDER), root.resolve(MavenBuild.BUILD_FOLDER))))
                .extracting(Finding::describe)
                .containsExactly("src/main/java/shop/Cart.java:5:19: error: incompatible types: String cannot be"
                        + " converted to int");
    }

    @Test
    void maven_reports_a_compile_error_at_its_place() {
        workspace.write("src/main/java/shop/Cart.java", CART.replace("int sum = 0;", "int sum = \"0\";"));
        test("""
                    @Test
                    void adds() {
                        assertEquals(5, Cart.total(2, 3));
                    }
                """);

        CheckReport.Failed tests = (CheckReport.Failed) report(check(TIMEOUT), JUnitChecker.NAME);

        assertThat(tests.findings()).hasSize(1);
        assertThat(tests.findings().getFirst().describe())
                .startsWith("src/main/java/shop/Cart.java:5:")
                .contains("incompatible types");
    }

    @Test
    void a_project_without_tests_only_compiles() {
        workspace.write("src/main/java/shop/Cart.java", CART);

        List<CheckReport> reports = check(TIMEOUT);

        assertThat(reports).extracting(CheckReport::checker).containsExactly(JavaCompileChecker.NAME);
        assertThat(Checks.allPassed(reports)).isTrue();
    }

    @Test
    void a_library_the_pom_declares_is_a_note_until_installed_and_then_compiles() throws IOException {
        workspace.write("pom.xml", POM.replace("<dependencies>", """
                <dependencies>
                    <dependency>
                      <groupId>com.fasterxml.jackson.core</groupId>
                      <artifactId>jackson-databind</artifactId>
                      <version>2.22.1</version>
                    </dependency>"""));
        workspace.write("src/main/java/shop/Receipt.java", """
                package shop;

                import com.fasterxml.jackson.databind.ObjectMapper;

                public class Receipt {
                    public static String json(int total) throws Exception {
                        return new ObjectMapper().writeValueAsString(java.util.Map.of("total", total));
                    }
                }
                """);

        CheckReport before = report(check(TIMEOUT), JavaCompileChecker.NAME);

        assertThat(before).isInstanceOf(CheckReport.Passed.class);
        assertThat(before.notes())
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("jackson-databind", "not installed", "l2mac deps");

        Path jackson = DependencyCache.of(root).mavenRepository().resolve("com/fasterxml/jackson/core");
        Files.writeString(
                DependencyCache.of(root).mavenClasspath(),
                String.join(
                        java.io.File.pathSeparator,
                        jackson.resolve("jackson-databind/2.22.1/jackson-databind-2.22.1.jar")
                                .toString(),
                        jackson.resolve("jackson-core/2.22.1/jackson-core-2.22.1.jar")
                                .toString(),
                        jackson.resolve("jackson-annotations/2.22/jackson-annotations-2.22.jar")
                                .toString()));

        CheckReport after = report(check(TIMEOUT), JavaCompileChecker.NAME);
        assertThat(after).isInstanceOf(CheckReport.Passed.class);
        assertThat(after.notes()).isEmpty();
    }

    @Test
    void tests_needing_a_declared_library_maven_cannot_resolve_offline_are_unavailable() {
        workspace.write("pom.xml", POM.replace("<dependencies>", """
                <dependencies>
                    <dependency>
                      <groupId>org.l2mac.absent</groupId>
                      <artifactId>never-published</artifactId>
                      <version>0.0.1</version>
                    </dependency>"""));
        workspace.write(
                "src/main/java/shop/Cart.java",
                CART.replace("package shop;", "package shop;\n\nimport org.l2mac.absent.Discount;"));
        test("""
                    @Test
                    void adds() {
                        assertEquals(5, Cart.total(2, 3));
                    }
                """);

        List<CheckReport> reports = check(TIMEOUT);

        assertThat(report(reports, JavaCompileChecker.NAME).notes())
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("org.l2mac.absent:never-published");
        CheckReport tests = report(reports, JUnitChecker.NAME);
        assertThat(tests).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) tests).reason()).contains("could not resolve", "l2mac deps");
        assertThat(Checks.allPassed(reports)).isTrue();
    }

    @Test
    void a_hanging_test_times_out_and_never_passes() {
        workspace.write("src/main/java/shop/Cart.java", CART);
        test("""
                    @Test
                    void hangs() throws InterruptedException {
                        Thread.sleep(600_000);
                    }
                """);

        List<CheckReport> reports = check(HANG_TIMEOUT);

        assertThat(report(reports, JUnitChecker.NAME)).isInstanceOf(CheckReport.TimedOut.class);
        assertThat(Checks.allPassed(reports)).isFalse();
    }
}
