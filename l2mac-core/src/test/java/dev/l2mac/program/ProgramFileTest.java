package dev.l2mac.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramFileTest {

    @TempDir
    Path dir;

    @Test
    void loads_a_yaml_list_of_instructions_numbered_from_one() throws Exception {
        Path file = write("plan.yaml", """
                - Write the data model in models.py with tests.
                - "Step two: add the HTTP API in app.py."
                """);

        PromptProgram program = ProgramFile.load(file);

        assertThat(program.texts())
                .containsExactly(
                        "Write the data model in models.py with tests.", "Step two: add the HTTP API in app.py.");
        assertThat(program.instructions().get(1).number()).isEqualTo(2);
    }

    @Test
    void loads_the_steps_form_with_plain_and_instruction_items() throws Exception {
        Path file = write("plan.yml", """
                steps:
                  - Write the model.
                  - instruction: |
                      Write the API,
                      with tests.
                """);

        PromptProgram program = ProgramFile.load(file);

        assertThat(program.texts()).containsExactly("Write the model.", "Write the API,\nwith tests.");
    }

    @Test
    void loads_a_json_program() throws Exception {
        Path file = write("plan.json", "{\"steps\": [\"One.\",\t\"Two.\"]}");

        assertThat(ProgramFile.load(file).texts()).containsExactly("One.", "Two.");
    }

    @Test
    void missing_file_is_named() {
        Path file = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist")
                .satisfies(e -> assertThat(((ProgramFileException) e).file()).isEqualTo(file));
    }

    @Test
    void malformed_yaml_gives_file_and_line() throws Exception {
        Path file = write("plan.yaml", "steps:\n  - one\n  - [two\n  - three\n");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML")
                .hasMessageMatching("(?s).*line [34].*");
    }

    @Test
    void malformed_json_is_reported_as_json() throws Exception {
        Path file = write("plan.json", "[\"one\",");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void empty_list_is_refused() throws Exception {
        Path file = write("plan.yaml", "steps: []\n");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("empty");
    }

    @Test
    void empty_file_is_refused() throws Exception {
        Path file = write("plan.yaml", "");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("the file is empty");
    }

    @Test
    void non_string_item_is_named_by_position_and_kind() throws Exception {
        Path file = write("plan.yaml", "- Write the model.\n- 42\n");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("item 2 is a number, not text");
    }

    @Test
    void unquoted_item_with_colon_explains_how_to_quote_it() throws Exception {
        Path file = write("plan.yaml", "- Step 1: write the model.\n");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("item 1 is a mapping with the key 'Step 1'")
                .hasMessageContaining("quote it");
    }

    @Test
    void blank_item_is_refused() throws Exception {
        Path file = write("plan.yaml", "- One.\n- \"  \"\n");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("item 2 is blank");
    }

    @Test
    void unknown_top_level_key_is_refused() throws Exception {
        Path file = write("plan.yaml", "stesp:\n  - One.\n");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("'stesp' is unknown");
    }

    @Test
    void scalar_document_is_refused() throws Exception {
        Path file = write("plan.yaml", "just one sentence\n");

        assertThatThrownBy(() -> ProgramFile.load(file))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("it is text, not a list of instructions");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
