package dev.l2mac.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stack of the user's own: a folder holding {@code stack.yaml} and the prompt files it names. */
class StackFolderTest {

    @TempDir
    Path base;

    @Test
    void a_folder_with_a_stack_file_is_a_stack_named_after_it() throws IOException {
        Path folder = Files.createDirectories(base.resolve("stacks/Go"));
        Files.writeString(folder.resolve("stack.yaml"), """
                named_by: [Golang, go module]
                prompts: [system]
                tool_descriptions:
                  run_tests: Run go vet and go test ./..., as when the step is completed.
                """);
        Files.writeString(folder.resolve("system.txt"), "You write Go modules with go test tests.\n");

        Stack go = Stacks.resolve("stacks/Go", base).orElseThrow();

        assertThat(go.name()).isEqualTo("go");
        assertThat(go.namedBy()).containsExactly("golang", "go module");
        assertThat(go.prompts()).containsEntry("system", "You write Go modules with go test tests.");
        assertThat(go.toolDescriptions()).containsKey("run_tests");
        assertThat(go.tools()).contains("run_tests", "run_command").doesNotContain("run_python_file");
        assertThat(go.folder()).contains(folder.toAbsolutePath().normalize());
        assertThat(go.recorded()).isEqualTo(folder.toAbsolutePath().normalize().toString());
        assertThat(Stacks.resolve(go.recorded(), Path.of("/elsewhere"))).contains(go);
    }

    @Test
    void a_built_in_name_wins_and_anything_else_is_no_stack() {
        assertThat(Stacks.resolve("Java", base)).contains(Stacks.named("java"));
        assertThat(Stacks.resolve("cobol", base)).isEmpty();
        assertThat(Stacks.resolve("", base)).isEmpty();
    }

    @Test
    void a_stack_file_that_is_not_a_stack_says_what_is_wrong() throws IOException {
        assertThat(problem("named_by: golang\n")).endsWith("named_by must be a list, such as [a, b]");
        assertThat(problem("tools: [run_tests]\nlanguage: go\n"))
                .contains("has the unknown field 'language'; the fields are name, named_by, prompts,");
        assertThat(problem("named_by: [go\n")).contains("stack.yaml is not valid YAML");
        assertThat(problem("name: Go Lang\n")).contains("names the stack 'Go Lang'; a stack's name is lower case");
        assertThat(problem("prompts: [system]\n")).startsWith("cannot read ").contains("system.txt");
        assertThat(problem("prompts: [../../secret]\n"))
                .endsWith(
                        "prompts names '../../secret', which is not a" + " prompt key such as system or checks_failed");
    }

    private String problem(String yaml) throws IOException {
        Path folder = Files.createDirectories(base.resolve("broken"));
        Files.writeString(folder.resolve("stack.yaml"), yaml);
        return assertThatThrownBy(() -> Stacks.resolve("broken", base))
                .isInstanceOf(StackFileException.class)
                .actual()
                .getMessage();
    }
}
