package dev.l2mac.deps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.process.ChildJvm;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.Network;
import dev.l2mac.process.sandbox.OutsideTmp;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxedProcessRunner;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pom.xml} resolved by real Maven from Maven Central in the real sandbox, after which the project's tests
 * run with {@code mvn -o test} in the checks' sandbox, which has no network. Slow (it downloads Maven's plugins
 * once per run of this test); skipped where Maven Central cannot be reached.
 */
class MavenInstallTest {

    private static final URI CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TEST_TIMEOUT = Duration.ofMinutes(3);
    private static final int CAP = 20_000;
    /** A version absent from the user's repository here, so that its arrival there would show. */
    private static final String JUNIT = "5.11.0";

    private static final Path USER_REPOSITORY = Path.of(System.getProperty("user.home"), ".m2", "repository");
    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>shop</groupId>
              <artifactId>cart</artifactId>
              <version>1.0</version>
              <properties>
                <maven.compiler.release>17</maven.compiler.release>
                <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
              </properties>
              <dependencies>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <version>%s</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>maven-compiler-plugin</artifactId>
                    <version>3.13.0</version>
                  </plugin>
                  <plugin>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <version>3.2.5</version>
                  </plugin>
                </plugins>
              </build>
            </project>
            """.formatted(JUNIT);

    @TempDir(factory = OutsideTmp.class)
    Path workspace;

    @BeforeAll
    static void needsMavenAndCentral() throws InterruptedException {
        Requirements.require(Tool.MAVEN);
        boolean reachable;
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build()) {
            reachable = http.send(
                                    HttpRequest.newBuilder(CENTRAL)
                                            .timeout(PROBE_TIMEOUT)
                                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    < 500;
        } catch (IOException e) {
            reachable = false;
        }
        Requirements.require(
                reachable,
                "Maven Central (" + CENTRAL + "), which is unreachable; the Maven" + " installation needs it");
    }

    @Test
    void resolves_what_an_offline_mvn_test_needs_into_the_cache_and_writes_the_test_class_path() throws IOException {
        Sandbox.Bubblewrap sandbox = Sandboxing.requireBubblewrap();
        new WorkspaceFixture(workspace)
                .write("pom.xml", POM)
                .write(
                        "src/main/java/shop/Cart.java",
                        "package shop;\n\npublic class Cart {\n"
                                + "    public static int total(int a, int b) {\n        return a + b;\n    }\n}\n")
                .write(
                        "src/test/java/shop/CartTest.java",
                        "package shop;\n\n"
                                + "import org.junit.jupiter.api.Test;\n\n"
                                + "import static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
                                + "class CartTest {\n    @Test\n    void adds() {\n"
                                + "        assertEquals(5, Cart.total(2, 3));\n    }\n}\n");
        DependencyCache cache = DependencyCache.of(workspace);
        DependencyInstaller installer = new DependencyInstaller(
                new SandboxedProcessRunner(sandbox, DependencyInstaller.SANDBOX_LIMITS, Network.OPEN));

        Installation result = installer.install(workspace).get(2);

        assertThat(result)
                .as(result.describe())
                .isEqualTo(new Installation.Installed(Ecosystem.MAVEN, cache.mavenClasspath(), ""));
        assertThat(Files.readString(cache.mavenClasspath()))
                .contains(cache.mavenRepository()
                        .resolve("org/junit/jupiter/junit-jupiter-api/" + JUNIT)
                        .toString());
        assertThat(USER_REPOSITORY.resolve("org/junit/jupiter/junit-jupiter/" + JUNIT))
                .doesNotExist();
        assertThat(workspace.resolve("target"))
                .as("nothing built in the workspace")
                .doesNotExist();

        ProcessRunner.ProcessResult offline = new SandboxedProcessRunner(sandbox, SandboxLimits.DEFAULTS)
                .run(
                        List.of("mvn", "-B", "-o", "-Dmaven.repo.local=" + cache.mavenRepository(), "test"),
                        workspace,
                        Map.of("JAVA_TOOL_OPTIONS", String.join(" ", ChildJvm.FLAGS)),
                        TEST_TIMEOUT,
                        CAP);
        assertThat(offline.succeeded()).as(offline.output()).isTrue();
        assertThat(offline.output()).contains("Tests run: 1, Failures: 0");
    }
}
