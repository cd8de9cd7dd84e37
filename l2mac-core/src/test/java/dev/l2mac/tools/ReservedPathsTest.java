package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.DiskFileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every tool that takes a path refuses a reserved name at any depth, on a real workspace, and touches nothing. */
class ReservedPathsTest {

    private static final String CONFIG = "[core]\n\tfsmonitor = touch /tmp/owned\n";

    @TempDir
    Path root;

    private ToolBox tools;

    @BeforeEach
    void workspace() throws Exception {
        Files.createDirectories(root.resolve("sub/.git"));
        Files.writeString(root.resolve("sub/.git/config"), CONFIG);
        tools = ToolBox.codebase(
                new DiskFileStore(root, 10_000),
                new FakeProcessRunner(),
                ToolSettings.of(2_000, 1_000, Duration.ofSeconds(5), root));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sub/.git/config", "sub/.GIT/config", "a/b/.Git/hooks/pre-commit", "sub/.l2mac/x"})
    void every_path_tool_refuses_a_reserved_segment_at_any_depth(String path) throws Exception {
        String quoted = "\"" + path + "\"";
        String[][] calls = {
            {
                "write_files",
                "{\"list_of_file_objects\": [{\"file_path\": " + quoted
                        + ", \"file_contents\": \"[core]\\n\\tfsmonitor = sh evil.sh\\n\"}]}"
            },
            {"view_files", "{\"files\": [" + quoted + "]}"},
            {"delete_files", "{\"files\": [" + quoted + "]}"},
            {"list_files", "{\"folder_path\": " + quoted + "}"},
            {"pytest_files", "{\"files_to_test\": [" + quoted + "]}"},
            {"run_python_file", "{\"file_name_to_run\": " + quoted + "}"},
        };
        for (String[] tool : calls) {
            ToolResult result = tools.dispatch(call(tool[0], tool[1]));

            assertThat(result).as(tool[0]).isInstanceOf(ToolResult.Error.class);
            assertThat(result.text())
                    .as(tool[0])
                    .contains("'" + path + "'")
                    .contains("at any depth")
                    .contains("such as 'app/main.py'")
                    .doesNotContain("fsmonitor");
        }
        assertThat(root.resolve("sub/.git/config")).hasContent(CONFIG);
        assertThat(root.resolve("a")).doesNotExist();
        assertThat(root.resolve("sub/.l2mac")).doesNotExist();
    }
}
