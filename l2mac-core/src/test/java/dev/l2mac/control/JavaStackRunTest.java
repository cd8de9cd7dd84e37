package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.plan;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run of a task that names Java, with a scripted model: the machine infers the Java stack from the task, so
 * no request it sends, in its messages or its tools, speaks of Python.
 */
class JavaStackRunTest {

    private static final String TASK = "Write a Java library, built with Maven, with a Counter class that counts up.";
    private static final List<String> PYTHON_WORDS =
            List.of("python", "pytest", "run_python_file", "pytest_files", "requirements.txt", "test_*.py");

    @TempDir
    Path workspace;

    @Test
    void a_java_task_sends_no_request_that_mentions_python() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(plan(List.of("Write pom.xml and the Counter class with a JUnit 5 test.")))
                .thenCalls(write(Map.of(
                        "pom.xml",
                        "<project><modelVersion>4.0.0</modelVersion><groupId>demo</groupId>"
                                + "<artifactId>counter</artifactId><version>1</version></project>\n",
                        "src/main/java/demo/Counter.java",
                        "package demo;\n\npublic final class Counter {\n    private int n;\n\n"
                                + "    public int next() {\n        return ++n;\n    }\n}\n")))
                .thenCalls(complete())
                .thenText("Wrote pom.xml and demo.Counter.");

        RunResult result = MachineSetup.of(
                        model,
                        Domain.CODEBASE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        RunSettings.defaults(workspace).withChecks(CheckSettings.DEFAULTS.withEnabled(false)))
                .forTask(TASK)
                .assemble()
                .run(new RunRequest(Domain.CODEBASE, TASK, Optional.empty(), workspace, Map.of()), event -> {});

        assertThat(result.completed()).isTrue();
        assertThat(model.remainingSteps()).isZero();
        List<ChatRequest> requests = model.requests();
        assertThat(requests).hasSize(4);
        for (ChatRequest request : requests) {
            String sent = text(request).toLowerCase(Locale.ROOT);
            assertThat(PYTHON_WORDS).allSatisfy(word -> assertThat(sent).doesNotContain(word));
        }
        ChatRequest instruction = requests.get(1);
        assertThat(text(instruction)).contains("pom.xml", "src/test/java", "JUnit 5");
        assertThat(instruction.tools())
                .extracting(ToolSpec::name)
                .containsExactly(
                        "sub_task_step_complete",
                        "view_files",
                        "write_files",
                        "delete_files",
                        "list_files",
                        "run_tests",
                        "run_command");
    }

    private static String text(ChatRequest request) {
        return Stream.concat(
                        request.messages().stream().map(Message::text),
                        request.tools().stream()
                                .flatMap(t -> Stream.of(t.name(), t.description(), t.parametersSchema())))
                .collect(Collectors.joining("\n"));
    }
}
