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
    void python_rewords_no_prompt_and_offers_every_codebase_tool() {
        Stack python = Stacks.python();
        assertThat(python.prompts()).isEmpty();
        assertThat(python.toolDescriptions()).isEmpty();
        assertThat(python.tools()).contains("pytest_files", "run_python_file", "run_tests", "run_command");
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
