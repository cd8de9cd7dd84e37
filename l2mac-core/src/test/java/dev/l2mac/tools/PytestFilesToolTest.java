package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PytestFilesToolTest {

    @TempDir
    Path root;

    DiskFileStore store;
    final FakeProcessRunner runner = new FakeProcessRunner();
    final ToolSettings settings = ToolSettings.of(1_000, 300, Duration.ofSeconds(7), null);

    @BeforeEach
    void project() throws MemoryException {
        store = new DiskFileStore(root, 10_000);
        store.write("tests/test_app.py", "def test_ok():\n    assert True\n");
    }

    private ToolResult pytest(String arguments) {
        return ToolBox.codebase(store, runner, settings).dispatch(call("pytest_files", arguments));
    }

    @Test
    void runs_pytest_quietly_on_the_given_files_in_the_workspace() {
        runner.answering(new ProcessResult.Exited(0, "1 passed in 0.01s", false));
        ToolResult result = pytest("{\"files_to_test\": [\"./tests/test_app.py\"]}");
        assertThat(result)
                .isEqualTo(new ToolResult.TestsRan("Exit code 0: all tests passed.\n1 passed in 0.01s", true));
        assertThat(runner.last())
                .isEqualTo(new FakeProcessRunner.Invocation(
                        List.of("python3", "-m", "pytest", "-q", "tests/test_app.py"),
                        root.toAbsolutePath(),
                        Map.of(),
                        Duration.ofSeconds(7),
                        300));
    }

    @Test
    void runs_every_test_when_no_files_are_given() {
        pytest("{}");
        pytest("{\"files_to_test\": []}");
        assertThat(runner.invocations)
                .extracting(FakeProcessRunner.Invocation::command)
                .containsOnly(List.of("python3", "-m", "pytest", "-q"));
    }

    @Test
    void accepts_test_ids_within_a_file() {
        pytest("{\"files_to_test\": [\"tests/test_app.py::test_ok\"]}");
        assertThat(runner.last().command()).endsWith("tests/test_app.py::test_ok");
    }

    @Test
    void refuses_missing_files_without_running_anything() {
        ToolResult result = pytest("{\"files_to_test\": [\"tests/test_app.py\", \"test_app.py\", \"/abs.py\"]}");
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text())
                .startsWith("No tests were run:\n- File 'test_app.py' does not exist. Did you mean"
                        + " 'tests/test_app.py'?\n- Path '/abs.py' is absolute;");
        assertThat(runner.invocations).isEmpty();
    }

    @Test
    void explains_failures_by_exit_code() {
        runner.answering(new ProcessResult.Exited(1, "1 failed", false));
        assertThat(pytest("{}").text()).startsWith("Exit code 1: some tests failed; see the failures below.\n1 failed");
        runner.answering(new ProcessResult.Exited(5, "no tests ran", false));
        assertThat(pytest("{}").text()).startsWith("Exit code 5: no tests were collected;");
    }

    @Test
    void reports_a_timeout_as_a_timed_out_result() {
        runner.answering(new ProcessResult.TimedOut("collected 1 item", false));
        ToolResult result = pytest("{}");
        assertThat(result).isInstanceOf(ToolResult.Ok.class);
        assertThat(result.text())
                .startsWith("TIMED OUT after 7 seconds: `python3 -m pytest -q` did not finish in"
                        + " time and was stopped.")
                .endsWith("Output before it was stopped:\ncollected 1 item");
    }

    @Test
    void says_when_output_was_cut() {
        runner.answering(new ProcessResult.Exited(1, "E assert", true));
        assertThat(pytest("{}").text()).endsWith("E assert\n[output cut to 300 characters]");
    }

    @Test
    void says_when_python_could_not_start() {
        runner.answering(new ProcessResult.CouldNotStart("python3: not found"));
        ToolResult result = pytest("{}");
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text()).contains("the process did not start (is python3 installed?)");
    }

    @Test
    void refuses_to_run_when_files_live_only_in_memory() {
        ToolBox box = ToolBox.codebase(new InMemoryFileStore(100), runner, settings);
        ToolResult result = box.dispatch(call("pytest_files", "{}"));
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text())
                .startsWith("pytest_files needs the project on disk, but this run keeps its files" + " in memory only");
        assertThat(runner.invocations).isEmpty();
    }

    @Test
    void runs_in_the_configured_workspace_and_interpreter() {
        Path elsewhere = root.resolve("elsewhere");
        ToolSettings custom = new ToolSettings(1_000, 300, Duration.ofSeconds(7), "python3.12", elsewhere);
        ToolBox.codebase(store, runner, custom).dispatch(call("pytest_files", "{}"));
        assertThat(runner.last().directory()).isEqualTo(elsewhere);
        assertThat(runner.last().command().getFirst()).isEqualTo("python3.12");
    }

    @Test
    void refuses_a_mistyped_file_list() {
        assertThat(pytest("{\"files_to_test\": \"tests/test_app.py\"}").text())
                .startsWith("pytest_files argument 'files_to_test' must be a list of strings, but a string was given");
    }
}
