package dev.l2mac.cli;

import static dev.l2mac.cli.ChatScript.call;
import static dev.l2mac.cli.ChatScript.plan;
import static dev.l2mac.cli.ChatScript.write;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java task through the real command against a local chat-completions server: the run is steered to a
 * Maven project with JUnit 5 (never to Python), a failing JUnit test is reported by the Java checks and corrected,
 * and the run completes with the compile and JUnit checks passing.
 */
class CliJavaRunTest {
    private static final String TASK = "Build a tiny Java calculator library with Maven and JUnit 5 tests";
    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>demo</groupId>
              <artifactId>calculator</artifactId>
              <version>1.0</version>
              <properties><maven.compiler.release>21</maven.compiler.release></properties>
              <dependencies>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <version>5.10.0</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>
            </project>
            """;
    private static final String CALCULATOR = """
            package calc;

            public final class Calculator {
                public int add(int a, int b) {
                    return a %s b;
                }
            }
            """;
    private static final String TEST = """
            package calc;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class CalculatorTest {
                @Test
                void adds() {
                    assertEquals(5, new Calculator().add(2, 3));
                }
            }
            """;

    @TempDir
    Path root;

    private LocalCommand command;

    @Test
    void a_java_task_becomes_a_checked_maven_project_and_no_request_mentions_python() throws Exception {
        Path project = Files.createDirectories(root.resolve("project"));
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(
                    toolCalls(plan("Write calc.Calculator with a JUnit 5 test.")),
                    toolCalls(write(Map.of(
                            "pom.xml", POM,
                            "src/main/java/calc/Calculator.java", CALCULATOR.formatted("-"),
                            "src/test/java/calc/CalculatorTest.java", TEST))),
                    toolCalls(call("sub_task_step_complete", "{}")),
                    toolCalls(write(Map.of("src/main/java/calc/Calculator.java", CALCULATOR.formatted("+")))),
                    toolCalls(call("sub_task_step_complete", "{}")),
                    text("Wrote calc.Calculator.add with a passing JUnit 5 test."));

            int exit = run(
                    project,
                    "codebase",
                    TASK,
                    "--model",
                    "gpt-4",
                    "--base-url",
                    server.baseUrl(),
                    "--workspace",
                    "out");

            assertThat(exit).as(command.stderr()).isEqualTo(ExitCode.SUCCESS);
            assertThat(server.remainingReplies()).isZero();
            assertThat(server.requests())
                    .hasSize(6)
                    .allSatisfy(request -> assertThat(request.bodyText().toLowerCase(Locale.ROOT))
                            .doesNotContain("python", "pytest", "run_python_file", "requirements.txt"));
            assertThat(server.requests().get(4).bodyText())
                    .as("the correction round shows JUnit's failure")
                    .contains("junit", "CalculatorTest");
        }
        String progress = command.stdout();
        assertThat(progress)
                .contains("check junit: failed", "check java-compile: passed", "check junit: passed", "Run completed");
        assertThat(progress).doesNotContain("pytest");
        assertThat(project.resolve("out/src/main/java/calc/Calculator.java"))
                .content()
                .contains("a + b");
    }

    private int run(Path project, String... args) throws IOException {
        command = new LocalCommand(project, Files.createDirectories(root.resolve("home")));
        return command.run(args);
    }
}
