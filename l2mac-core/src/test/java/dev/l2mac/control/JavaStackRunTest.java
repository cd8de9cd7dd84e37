package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.plan;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.settings.CheckSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs of a task that names Java, with a scripted model: the machine infers the Java stack from the task, so
 * no request it sends, in its messages or its tools, speaks of Python; with its checks on, a failing JUnit test goes
 * back to the model, and the Maven project it ends with builds and passes its tests on its own.
 */
class JavaStackRunTest {

    private static final String TASK = "Write a Java library, built with Maven, with a Counter class that counts up.";
    private static final String COUNTER = """
            package demo;

            public final class Counter {
                private int n;

                public int next() {
                    return ++n;
                }
            }
            """;
    private static final String COUNTER_TEST = """
            package demo;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class CounterTest {
                @Test
                void counts_up_from_one() {
                    Counter counter = new Counter();
                    assertEquals(1, counter.next());
                    assertEquals(2, counter.next());
                }
            }
            """;
    /** The mean of some counts; {@code %s} is the cast whose absence makes it divide as integers. */
    private static final String AVERAGE = """
            package demo;

            public final class Average {
                private Average() {}

                public static double of(int... counts) {
                    if (counts.length == 0) {
                        return 0;
                    }
                    int sum = 0;
                    for (int count : counts) {
                        sum += count;
                    }
                    return %ssum / counts.length;
                }
            }
            """;

    private static final String AVERAGE_TEST = """
            package demo;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class AverageTest {
                @Test
                void averages_counts() {
                    assertEquals(1.5, Average.of(1, 2));
                }

                @Test
                void averages_nothing_to_zero() {
                    assertEquals(0.0, Average.of());
                }
            }
            """;

    @TempDir
    Path workspace;

    @TempDir
    Path elsewhere;

    @Test
    void a_java_task_sends_no_request_that_mentions_python() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(plan(List.of("Write pom.xml and the Counter class with a JUnit 5 test.")))
                .thenCalls(write(Map.of(
                        "pom.xml",
                        "<project><modelVersion>4.0.0</modelVersion><groupId>demo</groupId>"
                                + "<artifactId>counter</artifactId><version>1</version></project>\n",
                        "src/main/java/demo/Counter.java",
                        COUNTER)))
                .thenCalls(complete())
                .thenText("Wrote pom.xml and demo.Counter.");

        StackRun run = StackRun.of(model, TASK, workspace, CheckSettings.DEFAULTS.withEnabled(false));

        assertThat(run.result().completed()).isTrue();
        assertThat(model.remainingSteps()).isZero();
        assertThat(run.requests()).hasSize(4);
        assertThat(run.pythonMentions()).isEmpty();
        ChatRequest instruction = run.requests().get(1);
        assertThat(StackRun.text(instruction)).contains("pom.xml", "src/test/java", "JUnit 5");
        assertThat(instruction.tools())
                .extracting(ToolSpec::name)
                .containsExactly(
                        "sub_task_step_complete",
                        "view_files",
                        "write_files",
                        "edit_file",
                        "delete_files",
                        "list_files",
                        "run_tests",
                        "run_command",
                        "search_files",
                        "outline_files");
    }

    @Test
    void a_checked_maven_project_is_corrected_and_then_builds_and_passes_its_tests_on_its_own() throws Exception {
        ThisBuild build = ThisBuild.current();
        List<String> feedback = new ArrayList<>();
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(plan(List.of(
                        "Write pom.xml and the Counter class with a JUnit 5 test.",
                        "Add an Average class, the mean of some counts, with a JUnit 5 test.")))
                .thenCalls(write(Map.of(
                        "pom.xml", pom(build),
                        "src/main/java/demo/Counter.java", COUNTER,
                        "src/test/java/demo/CounterTest.java", COUNTER_TEST)))
                .thenCalls(complete())
                .thenText("Wrote pom.xml and demo.Counter with its test.")
                .thenCalls(write(Map.of(
                        "src/main/java/demo/Average.java",
                        AVERAGE.formatted(""),
                        "src/test/java/demo/AverageTest.java",
                        AVERAGE_TEST)))
                .thenCalls(complete())
                .thenAnswer(StackRun.noting(
                        feedback::add,
                        write(Map.of("src/main/java/demo/Average.java", AVERAGE.formatted("(double) ")))))
                .thenCalls(complete())
                .thenText("Added demo.Average with its test.");

        StackRun run = StackRun.of(model, TASK, workspace, CheckSettings.DEFAULTS);

        assertThat(run.result().completed()).as(run.result().reason()).isTrue();
        assertThat(run.result().instructionsCompleted()).isEqualTo(2);
        assertThat(model.remainingSteps()).isZero();
        assertThat(run.pythonMentions()).isEmpty();
        assertThat(feedback)
                .singleElement()
                .asString()
                .contains(
                        "junit: failed",
                        "src/test/java/demo/AverageTest.java:10",
                        "AverageTest.averages_counts() failed: expected: <1.5> but was: <1.0>");
        assertThat(run.outcomes("junit"))
                .containsExactly(CheckOutcome.PASSED, CheckOutcome.FAILED, CheckOutcome.PASSED);
        assertThat(run.outcomes("java-compile")).doesNotContain(CheckOutcome.FAILED);
        assertThat(workspace.resolve("src/main/java/demo/Average.java"))
                .content()
                .contains("(double) sum");

        StandaloneBuild project = StandaloneBuild.copyOf(workspace, elsewhere);
        StandaloneBuild.Result test =
                project.run(Map.of("JAVA_HOME", System.getProperty("java.home")), build.offline("test"));

        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0", "BUILD SUCCESS");
    }

    /** A POM with the versions this project's build put in the local repository, so that it builds offline. */
    private static String pom(ThisBuild build) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>demo</groupId>
                  <artifactId>counter</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>21</maven.compiler.release>
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
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>%s</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(build.junit(), build.resources(), build.compiler(), build.surefire());
    }
}
