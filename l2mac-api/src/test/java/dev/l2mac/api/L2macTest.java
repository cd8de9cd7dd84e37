package dev.l2mac.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.check.Language;
import dev.l2mac.config.ConfigException;
import dev.l2mac.control.RunResult;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class L2macTest {
    @TempDir
    Path workspace;

    @Test
    void writes_a_book_from_a_supplied_program_and_returns_the_run_and_its_files() throws Exception {
        ScriptedLlm model = new ScriptedLlm()
                .thenCall("write_files", """
                        {"list_of_file_objects": [{"file_path": "chapters/01.md", "file_contents": "# One\\n"}]}""")
                .thenCall("sub_task_step_complete", "{}")
                .thenText("Chapter one is written.")
                .thenCall("write_files", """
                        {"list_of_file_objects": [{"file_path": "chapters/02.md", "file_contents": "# Two\\n"}]}""")
                .thenCall("sub_task_step_complete", "{}")
                .thenText("Chapter two is written.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = L2mac.builder()
                .llm(model)
                .workspace(workspace)
                .program(List.of("Write chapter one.", "Write chapter two."))
                .listener(events::add)
                .build()
                .book("A two-chapter story.");

        assertThat(result.completed()).isTrue();
        assertThat(result.runId()).isNotBlank();
        assertThat(result.files()).containsExactly("chapters/01.md", "chapters/02.md");
        assertThat(Files.readString(workspace.resolve("chapters/02.md"))).isEqualTo("# Two\n");
        assertThat(workspace.resolve(".l2mac/runs").resolve(result.runId()).resolve("events.jsonl"))
                .exists();
        assertThat(model.requests())
                .allSatisfy(request -> assertThat(request.forcedTool()).isNull());
        assertThat(events).first().isInstanceOf(RunEvent.RunStarted.class);
    }

    @Test
    void limits_are_changed_by_name_and_bound_the_run() {
        ScriptedLlm model =
                new ScriptedLlm().thenCall("sub_task_step_complete", "{}").thenText("Done.");

        RunResult result = L2mac.builder()
                .llm(model)
                .workspace(workspace)
                .checks(false)
                .limits(limits -> limits.maxRequests(1).maxSteps(5))
                .program(List.of("Do nothing."))
                .build()
                .codebase("Nothing.");

        assertThat(result.status()).isEqualTo(RunStatus.BUDGET_REACHED);
        assertThat(model.requests()).hasSize(1);
        assertThatThrownBy(() -> L2mac.builder().limits(limits -> limits.maxRestarts(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limits.max-restarts");
    }

    @Test
    void offers_only_the_tools_asked_for_and_always_step_completion() {
        ScriptedLlm model =
                new ScriptedLlm().thenCall("sub_task_step_complete", "{}").thenText("Nothing to do.");

        L2mac.builder()
                .llm(model)
                .workspace(workspace)
                .checks(false)
                .tools("write_files")
                .program(List.of("Do nothing."))
                .build()
                .codebase("Nothing.");

        ChatRequest first = model.requests().getFirst();
        assertThat(first.tools())
                .extracting(ToolSpec::name)
                .containsExactlyInAnyOrder("write_files", "sub_task_step_complete");
    }

    @Test
    void checks_only_the_languages_asked_for() {
        ScriptedLlm model = new ScriptedLlm()
                .thenCall("write_files", """
                        {"list_of_file_objects": [{"file_path": "test_x.py",
                          "file_contents": "def test_x():\\n    assert False\\n"}]}""")
                .thenCall("sub_task_step_complete", "{}")
                .thenText("Done.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = L2mac.builder()
                .llm(model)
                .workspace(workspace)
                .languages(Language.JAVA)
                .program(List.of("Write a test."))
                .listener(events::add)
                .build()
                .codebase("A test.");

        assertThat(result.completed()).as(result.reason()).isTrue();
        assertThat(events)
                .noneMatch(e ->
                        e instanceof RunEvent.CheckReported c && c.checker().contains("pytest"));
    }

    @Test
    void refuses_to_build_without_a_model_and_says_how_to_give_one() {
        assertThatThrownBy(() -> L2mac.builder().workspace(workspace).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm(OpenAi.model(\"gpt-4o\").build())")
                .satisfies(e -> assertThat(((ConfigException) e).hint())
                        .hasValueSatisfying(hint -> assertThat(hint).contains("Anthropic", "Ollama")));
    }

    @Test
    void a_chosen_stack_gives_its_prompts_and_tools_whatever_the_task_names() {
        ScriptedLlm model =
                new ScriptedLlm().thenCall("sub_task_step_complete", "{}").thenText("Nothing was needed.");

        RunResult result = L2mac.builder()
                .llm(model)
                .workspace(workspace)
                .checks(false)
                .stack("TypeScript")
                .program(List.of("Write a counter."))
                .build()
                .codebase("Write a Python counter.");

        assertThat(result.completed()).isTrue();
        assertThat(model.requests().getFirst().tools())
                .extracting(dev.l2mac.llm.ToolSpec::name)
                .contains("run_tests", "run_command")
                .doesNotContain("pytest_files", "run_python_file");
        assertThat(model.requests().getFirst().messages().getFirst().text()).contains("TypeScript", "package.json");
    }

    @Test
    void refuses_an_unknown_stack_at_build_listing_the_stacks() {
        assertThatThrownBy(() -> L2mac.builder()
                        .llm(new ScriptedLlm())
                        .workspace(workspace)
                        .stack("cobol")
                        .build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("stack(String): there is no stack 'cobol'")
                .satisfies(e -> assertThat(((ConfigException) e).hint())
                        .hasValueSatisfying(hint -> assertThat(hint).contains("python, java, typescript, javascript")));
    }

    @Test
    void refuses_an_unknown_tool_name_at_build_listing_the_valid_ones() {
        assertThatThrownBy(() -> L2mac.builder()
                        .llm(new ScriptedLlm())
                        .workspace(workspace)
                        .tools("rm_rf")
                        .build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("tools(...): unknown tool 'rm_rf'")
                .hasMessageContaining("write_files");
        assertThat(workspace).isEmptyDirectory();
    }

    @Test
    void refuses_at_build_what_cannot_work_naming_the_builder_method() throws Exception {
        Path prompts = Files.writeString(workspace.resolve("prompts.yaml"), "not: [a prompt pack");
        Path program = Files.writeString(workspace.resolve("program.yaml"), "{}");

        assertThatThrownBy(() ->
                        L2mac.builder().llm(new ScriptedLlm()).temperature(2.5).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("temperature(double): ");
        assertThatThrownBy(() ->
                        L2mac.builder().llm(new ScriptedLlm()).prompts(prompts).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("prompts(Path): ");
        assertThatThrownBy(() -> L2mac.builder()
                        .llm(new ScriptedLlm())
                        .programFile(program)
                        .build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("programFile(Path): ");
        assertThatThrownBy(() -> L2mac.builder()
                        .llm(new ScriptedLlm())
                        .modelsFile(workspace.resolve("none.yaml"))
                        .build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("modelsFile(Path): ");
    }

    @Test
    void a_tool_of_one_domain_restricts_that_domain_and_leaves_the_other_with_step_completion() {
        ScriptedLlm model =
                new ScriptedLlm().thenCall("sub_task_step_complete", "{}").thenText("Nothing to do.");

        L2mac.builder()
                .llm(model)
                .workspace(workspace)
                .tools("run_tests")
                .program(List.of("Do nothing."))
                .build()
                .book("Nothing.");

        assertThat(model.requests().getFirst().tools())
                .extracting(ToolSpec::name)
                .containsExactly("sub_task_step_complete");
    }

    @Test
    void resumes_the_latest_run_or_one_by_id() {
        ScriptedLlm model =
                new ScriptedLlm().thenCall("sub_task_step_complete", "{}").thenText("Done.");
        L2mac l2mac = L2mac.builder()
                .llm(model)
                .workspace(workspace)
                .checks(false)
                .limits(limits -> limits.maxRequests(1))
                .program(List.of("One.", "Two."))
                .build();
        RunResult stopped = l2mac.codebase("Two steps.");
        assertThat(stopped.status()).isEqualTo(RunStatus.BUDGET_REACHED);

        // the budget stopped the run before instruction 1's summary was asked for
        ScriptedLlm more = new ScriptedLlm()
                .thenText("Done.")
                .thenCall("sub_task_step_complete", "{}")
                .thenText("Done too.");
        L2mac resumed =
                L2mac.builder().llm(more).workspace(workspace).checks(false).build();

        RunResult latest = resumed.resumeLatest();
        assertThat(latest.runId()).isEqualTo(stopped.runId());
        assertThat(latest.status()).as(latest.reason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(latest.instructionsCompleted()).isEqualTo(2);
        assertThatThrownBy(() -> resumed.resume("20000101-000000-nope")).isInstanceOf(ResumeException.class);
    }

    @Test
    void a_resumed_run_keeps_the_stack_it_was_started_in() throws Exception {
        ScriptedLlm model =
                new ScriptedLlm().thenCall("sub_task_step_complete", "{}").thenText("Done.");
        RunResult stopped = L2mac.builder()
                .llm(model)
                .workspace(workspace)
                .checks(false)
                .limits(limits -> limits.maxRequests(1))
                .program(List.of("One.", "Two."))
                .build()
                .codebase("Two steps of a Java library.");
        assertThat(stopped.status()).isEqualTo(RunStatus.BUDGET_REACHED);
        assertThat(Files.readString(workspace.resolve(".l2mac/runs/" + stopped.runId() + "/run.json")))
                .contains("\"stack\" : \"java\"");

        ScriptedLlm more = new ScriptedLlm()
                .thenText("Done.")
                .thenCall("sub_task_step_complete", "{}")
                .thenText("Done too.");
        RunResult resumed = L2mac.builder()
                .llm(more)
                .workspace(workspace)
                .checks(false)
                .build()
                .resumeLatest();

        assertThat(resumed.status()).as(resumed.reason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(more.requests())
                .allSatisfy(request -> assertThat(request.tools())
                        .extracting(dev.l2mac.llm.ToolSpec::name)
                        .doesNotContain("pytest_files", "run_python_file"));
        assertThat(more.requests().getLast().messages().getFirst().text()).contains("Java", "pom.xml");
    }
}
