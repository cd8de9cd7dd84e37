package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.InMemoryFileStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolBoxTest {

    static final ToolSettings SETTINGS = ToolSettings.of(2_000, 1_000, Duration.ofSeconds(5), null);

    private final InMemoryFileStore store = new InMemoryFileStore(10_000);
    private final ToolBox codebase = ToolBox.codebase(store, new FakeProcessRunner(), SETTINGS);

    /** A tool that remembers the arguments it got, or throws when told to. */
    static final class ProbeTool implements Tool {
        final List<JsonNode> received = new ArrayList<>();
        private final String name;
        private final RuntimeException failure;

        ProbeTool(String name, RuntimeException failure) {
            this.name = name;
            this.failure = failure;
        }

        @Override
        public ToolSpec spec() {
            return new ToolSpec(name, "probe", "{\"type\": \"object\", \"properties\": {}}");
        }

        @Override
        public ToolResult call(JsonNode arguments) {
            received.add(arguments);
            if (failure != null) {
                throw failure;
            }
            return new ToolResult.Ok("ok");
        }
    }

    @Test
    void offers_the_reference_tool_names_in_order() {
        assertThat(codebase.names())
                .containsExactly(
                        "sub_task_step_complete",
                        "view_files",
                        "write_files",
                        "edit_file",
                        "delete_files",
                        "list_files",
                        "pytest_files",
                        "run_python_file",
                        "run_tests",
                        "run_command",
                        "search_files",
                        "outline_files");
        assertThat(ToolBox.book(store, SETTINGS).names())
                .containsExactly("sub_task_step_complete", "view_files", "write_files", "delete_files", "list_files");
        assertThat(codebase.specs()).extracting(ToolSpec::name).containsExactlyElementsOf(codebase.names());
    }

    @Test
    void every_schema_is_a_json_schema_object_whose_required_fields_exist() {
        for (ToolSpec spec : codebase.specs()) {
            JsonNode schema = Calls.json(spec.parametersSchema());
            assertThat(schema.path("type").asText()).as(spec.name()).isEqualTo("object");
            assertThat(schema.path("properties").isObject()).as(spec.name()).isTrue();
            for (JsonNode required : schema.path("required")) {
                assertThat(schema.path("properties").has(required.asText()))
                        .as(spec.name())
                        .isTrue();
            }
            assertThat(spec.description()).as(spec.name()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void step_complete_is_a_typed_outcome() {
        assertThat(codebase.dispatch(call("sub_task_step_complete", "{}")))
                .isInstanceOf(ToolResult.StepCompleted.class);
    }

    @Test
    void empty_arguments_mean_an_empty_object() {
        ProbeTool probe = new ProbeTool("probe", null);
        ToolBox box = new ToolBox(List.of(probe));
        assertThat(box.dispatch(call("probe", ""))).isEqualTo(new ToolResult.Ok("ok"));
        assertThat(box.dispatch(call("probe", "  \n"))).isEqualTo(new ToolResult.Ok("ok"));
        assertThat(probe.received).hasSize(2).allSatisfy(args -> {
            assertThat(args.isObject()).isTrue();
            assertThat(args.isEmpty()).isTrue();
        });
        assertThat(codebase.dispatch(new dev.l2mac.llm.ToolCall("id", "sub_task_step_complete", null)))
                .isInstanceOf(ToolResult.StepCompleted.class);
    }

    @Test
    void refuses_invalid_json_and_quotes_its_start() {
        ToolResult result = codebase.dispatch(call("view_files", "{\"files\": [\"a.py\""));
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text())
                .startsWith("The arguments for view_files were not valid JSON")
                .contains("They began: {\"files\": [\"a.py\"")
                .contains("Send the arguments as one JSON object");
    }

    @Test
    void quotes_at_most_two_hundred_characters_of_long_invalid_arguments() {
        String longText = "{\"files\": [\"" + "x".repeat(500);
        ToolResult result = codebase.dispatch(call("view_files", longText));
        assertThat(result.text())
                .contains(longText.substring(0, ToolBox.ARGUMENT_QUOTE_CHARS) + "... (512 characters" + " in all)");
        assertThat(result.text()).doesNotContain(longText.substring(0, ToolBox.ARGUMENT_QUOTE_CHARS + 1));
    }

    @Test
    void refuses_trailing_garbage_after_the_json_object() {
        assertThat(codebase.dispatch(call("list_files", "{} {}"))).isInstanceOf(ToolResult.Error.class);
    }

    @Test
    void refuses_arguments_that_are_not_an_object() {
        for (String arguments : new String[] {"[\"a.py\"]", "\"a.py\"", "42", "null"}) {
            ToolResult result = codebase.dispatch(call("view_files", arguments));
            assertThat(result).as(arguments).isInstanceOf(ToolResult.Error.class);
            assertThat(result.text()).as(arguments).contains("not a JSON object");
        }
    }

    @Test
    void refuses_an_unknown_tool_and_lists_the_available_ones() {
        ToolResult result = codebase.dispatch(call("read_file", "{}"));
        assertThat(result)
                .isEqualTo(
                        new ToolResult.Error(
                                "There is no tool named 'read_file'. The available tools"
                                        + " are: sub_task_step_complete, view_files, write_files, edit_file, delete_files, list_files,"
                                        + " pytest_files, run_python_file, run_tests, run_command, search_files, outline_files. Call one of these by its exact name."));
    }

    @Test
    void turns_a_tool_that_throws_into_an_error() {
        ToolBox box = new ToolBox(List.of(new ProbeTool("boom", new IllegalStateException("broken"))));
        ToolResult result = box.dispatch(call("boom", "{}"));
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text()).contains("boom failed unexpectedly").contains("broken");
    }

    @Test
    void refuses_a_call_that_names_no_tool_and_says_what_was_missing() {
        ToolResult result = codebase.dispatch(call("", "{}"));
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text())
                .startsWith("The tool call named no tool (its function or its name was missing)")
                .contains("view_files");
    }

    @Test
    void restricts_to_named_tools_keeping_order() {
        ToolBox restricted = codebase.restrictedTo(Set.of("write_files", "view_files"));
        assertThat(restricted.names()).containsExactly("view_files", "write_files");
        assertThat(restricted.dispatch(call("pytest_files", "{}")).text()).startsWith("There is no tool named");
    }

    @Test
    void restricting_to_unknown_names_lists_the_valid_ones() {
        assertThatThrownBy(() -> codebase.restrictedTo(List.of("view_files", "grep", "edit")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Unknown tools 'grep', 'edit'; the valid tools are: sub_task_step_complete, view_files,"
                                + " write_files, edit_file, delete_files, list_files, pytest_files, run_python_file, run_tests, run_command, search_files, outline_files.");
    }

    @Test
    void refuses_two_tools_with_one_name() {
        assertThatThrownBy(() -> new ToolBox(List.of(new ProbeTool("x", null), new ProbeTool("x", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
    }

    @Test
    void a_redescribed_tool_keeps_its_name_schema_and_calls() {
        ToolBox box = codebase.redescribed(Map.of("run_tests", "Run the JUnit tests.", "no_such_tool", "ignored"));

        assertThat(box.names()).isEqualTo(codebase.names());
        assertThat(box.specs())
                .filteredOn(spec -> spec.name().equals("run_tests"))
                .singleElement()
                .satisfies(spec -> assertThat(spec.description()).isEqualTo("Run the JUnit tests."));
        assertThat(box.specs().stream().filter(spec -> spec.name().equals("view_files")))
                .containsExactlyElementsOf(codebase.specs().stream()
                        .filter(spec -> spec.name().equals("view_files"))
                        .toList());
        assertThat(box.mayChangeFiles("run_tests")).isFalse();
    }
}
