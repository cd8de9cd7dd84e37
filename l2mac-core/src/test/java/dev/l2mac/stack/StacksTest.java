package dev.l2mac.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StacksTest {

    @Test
    void the_built_in_stacks_are_python_java_typescript_and_javascript() {
        assertThat(Stacks.names()).containsExactly("python", "java", "typescript", "javascript");
    }

    @Test
    void python_steers_changes_to_edit_file_and_offers_every_codebase_tool() {
        Stack python = Stacks.python();
        assertThat(python.prompts()).containsOnlyKeys("system", "instruction");
        assertThat(python.prompts().values())
                .allSatisfy(prompt -> assertThat(prompt).contains("edit_file"));
        assertThat(python.toolDescriptions()).isEmpty();
        assertThat(python.tools())
                .contains("pytest_files", "run_python_file", "run_tests", "run_command")
                .contains("edit_file", "search_files", "outline_files");
    }

    /** Replays of the reference implementation's runs keep its prompts and its six tools. */
    @Test
    void the_reference_stack_rewords_nothing_and_offers_the_reference_tools() {
        Stack reference = Stacks.reference();
        assertThat(reference.prompts()).isEmpty();
        assertThat(reference.tools())
                .containsExactly(
                        "sub_task_step_complete",
                        "view_files",
                        "write_files",
                        "delete_files",
                        "pytest_files",
                        "run_python_file");
        assertThat(Stacks.names()).doesNotContain("reference");
    }

    @Test
    void every_other_stack_runs_tests_and_commands_but_no_python() {
        for (Stack stack : Stacks.builtIn()) {
            assertThat(stack.tools()).contains("run_tests", "run_command");
            if (!stack.name().equals("python")) {
                assertThat(stack.tools()).doesNotContain("pytest_files", "run_python_file");
                assertThat(stack.prompts()).containsKeys("system", "bootstrap", "instruction");
                assertThat(String.join("\n", stack.prompts().values()).toLowerCase())
                        .doesNotContain("python", "pytest", "requirements.txt");
            }
        }
    }

    @Test
    void finds_a_stack_whatever_its_case() {
        assertThat(Stacks.find(" Java ")).map(Stack::name).hasValue("java");
        assertThat(Stacks.find("cobol")).isEmpty();
    }

    @Test
    void an_unknown_stack_is_named_with_the_stacks_there_are() {
        assertThatThrownBy(() -> Stacks.named("cobol"))
                .hasMessage("There is no stack 'cobol'; the stacks are python, java, typescript, javascript.");
    }
}
