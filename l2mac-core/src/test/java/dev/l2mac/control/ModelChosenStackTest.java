package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.StackChoiceException;
import dev.l2mac.stack.Stacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack of a task that names none is the model's to choose as it plans: the planning tool offers the stacks,
 * and the instructions then run with the chosen stack's prompts and tools; the choice is recorded with the program.
 */
class ModelChosenStackTest {

    private static final String TASK = "Write a library with a Counter that counts up.";
    private static final String PLAN_TOOL = "provide_detailed_sub_task_steps_for_sub_agents";

    @TempDir
    Path workspace;

    private final List<RunEvent> events = new ArrayList<>();

    @Test
    void the_model_chooses_java_and_the_instructions_run_in_the_java_stack() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(raw(PLAN_TOOL, "{\"steps\":[\"Write pom.xml and demo.Counter.\"],\"stack\":\"java\"}"))
                .thenCalls(write(Map.of("src/main/java/demo/Counter.java", "package demo;\n")))
                .thenCalls(complete())
                .thenText("Wrote demo.Counter.");

        RunResult result = run(setup(model).forTask(TASK));

        assertThat(result.completed()).isTrue();
        ChatRequest planning = model.requests().getFirst();
        assertThat(planning.messages().get(1).text()).contains("`stack` field", "python, java, typescript, javascript");
        JsonNode offered = new ObjectMapper()
                .readTree(planning.tools().getFirst().parametersSchema())
                .at("/properties/stack/enum");
        assertThat(offered).extracting(JsonNode::asText).containsExactlyElementsOf(Stacks.names());
        ChatRequest instruction = model.requests().get(1);
        assertThat(instruction.messages().getFirst().text()).contains("Maven").doesNotContain("pytest");
        assertThat(instruction.tools())
                .extracting(ToolSpec::name)
                .contains("run_tests")
                .doesNotContain("run_python_file", "pytest_files");
        assertThat(programJson().path("stack").asText()).isEqualTo("java");
        assertThat(events)
                .filteredOn(RunEvent.ProgramReady.class::isInstance)
                .extracting(e -> ((RunEvent.ProgramReady) e).stack())
                .containsExactly("java");
    }

    @Test
    void a_model_that_names_no_stack_writes_python() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(raw(PLAN_TOOL, "{\"steps\":[\"Write counter.py.\"]}"))
                .thenCalls(complete())
                .thenText("Nothing to write.");

        run(setup(model).forTask(TASK));

        assertThat(model.requests().get(1).tools()).extracting(ToolSpec::name).contains("run_python_file");
        assertThat(programJson().path("stack").asText()).isEqualTo("python");
    }

    @Test
    void a_stack_the_settings_or_task_fix_is_not_offered() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(raw(PLAN_TOOL, "{\"steps\":[\"Write counter.py.\"],\"stack\":\"java\"}"))
                .thenCalls(complete())
                .thenText("Nothing to write.");

        run(setup(model).withStack(Stacks.python()));

        ChatRequest planning = model.requests().getFirst();
        assertThat(planning.messages().get(1).text()).doesNotContain("`stack` field");
        assertThat(planning.tools().getFirst().parametersSchema()).doesNotContain("\"stack\"");
        assertThat(programJson().path("stack").asText()).isEqualTo("python");
    }

    @Test
    void a_new_run_in_a_workspace_of_java_code_is_written_in_java_without_an_offer() throws Exception {
        Files.createDirectories(workspace.resolve("src/main/java/shop"));
        Files.writeString(workspace.resolve("src/main/java/shop/Cart.java"), "package shop;\nclass Cart {}\n");
        Files.writeString(workspace.resolve("src/main/java/shop/Item.java"), "package shop;\nclass Item {}\n");
        Files.writeString(workspace.resolve("build.py"), "print('a helper script')\n");
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(raw(PLAN_TOOL, "{\"steps\":[\"Give Cart a total.\"]}"))
                .thenCalls(complete())
                .thenText("Nothing to write.");

        MachineSetup setup = setup(model).forNewRun(TASK);
        run(setup);

        assertThat(setup.stackOpen()).isFalse();
        assertThat(setup.stack().name()).isEqualTo("java");
        assertThat(model.requests().getFirst().tools().getFirst().parametersSchema())
                .doesNotContain("\"stack\"");
        assertThat(model.requests().get(1).messages().getFirst().text()).contains("Maven");
        assertThat(programJson().path("stack").asText()).isEqualTo("java");
    }

    @Test
    void a_new_run_keeps_the_stack_its_task_names_and_offers_one_in_an_empty_workspace() throws Exception {
        Files.writeString(workspace.resolve("app.py"), "print('hello')\n");
        ScriptedLlm model = new ScriptedLlm("gpt-4");

        assertThat(setup(model).forNewRun("Port it to a Java library.").stack().name())
                .isEqualTo("java");
        Files.delete(workspace.resolve("app.py"));
        assertThat(setup(model).forNewRun(TASK).stackOpen()).isTrue();
    }

    @Test
    void a_task_naming_two_stacks_is_refused_before_anything_is_sent() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4");

        assertThatThrownBy(() -> setup(model).forTask("A Java server with a JavaScript client."))
                .isInstanceOf(StackChoiceException.class)
                .hasMessageContaining("--stack java or --stack javascript");
        assertThat(model.requests()).isEmpty();
    }

    private MachineSetup setup(ScriptedLlm model) throws Exception {
        return MachineSetup.of(
                model,
                Domain.CODEBASE,
                PromptPack.builtIn(Domain.CODEBASE),
                RunSettings.defaults(workspace).withChecks(CheckSettings.DEFAULTS.withEnabled(false)));
    }

    private RunResult run(MachineSetup setup) {
        return setup.assemble()
                .run(new RunRequest(Domain.CODEBASE, TASK, Optional.empty(), workspace, Map.of()), events::add);
    }

    private JsonNode programJson() throws Exception {
        try (var runs = Files.list(workspace.resolve(".l2mac/runs"))) {
            Path run = runs.findFirst().orElseThrow();
            return new ObjectMapper().readTree(run.resolve("program.json").toFile());
        }
    }
}
