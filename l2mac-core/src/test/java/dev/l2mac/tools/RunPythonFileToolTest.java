package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPythonFileToolTest {

    @TempDir
    Path root;

    DiskFileStore store;
    final FakeProcessRunner runner = new FakeProcessRunner();
    final ToolSettings settings = ToolSettings.of(1_000, 500, Duration.ofSeconds(3), null);

    @BeforeEach
    void project() throws MemoryException {
        store = new DiskFileStore(root, 10_000);
        store.write("app/main.py", "import sys\nprint('args:', sys.argv[1:])\nsys.exit(3)\n");
    }

    private ToolResult run(ProcessRunner processes, String arguments) {
        return ToolBox.codebase(store, processes, settings).dispatch(call("run_python_file", arguments));
    }

    @Test
    void runs_the_file_with_its_arguments_and_returns_exit_code_and_output() {
        runner.answering(new ProcessResult.Exited(0, "hello", false));
        ToolResult result = run(runner, "{\"file_name_to_run\": \"app//main.py\", \"arguments\": [\"--n\", \"2\"]}");
        assertThat(result).isEqualTo(new ToolResult.Ok("Exit code 0: the program finished normally.\nhello"));
        assertThat(runner.last().command()).containsExactly("python3", "app/main.py", "--n", "2");
        assertThat(runner.last().directory()).isEqualTo(root.toAbsolutePath());
    }

    @Test
    void the_program_imports_the_packages_installed_into_the_dependency_cache_once_there_are_any() throws IOException {
        run(runner, "{\"file_name_to_run\": \"app/main.py\"}");
        assertThat(runner.last().environment()).doesNotContainKey("PYTHONPATH");
        Path installed = java.nio.file.Files.createDirectories(root.resolve(".l2mac/deps/python"));

        run(runner, "{\"file_name_to_run\": \"app/main.py\"}");

        assertThat(runner.last().environment())
                .containsEntry("PYTHONPATH", installed.toAbsolutePath().toString());
    }

    @Test
    void arguments_are_optional() {
        run(runner, "{\"file_name_to_run\": \"app/main.py\"}");
        assertThat(runner.last().command()).containsExactly("python3", "app/main.py");
    }

    @Test
    void says_when_there_was_no_output_and_the_program_failed() {
        runner.answering(new ProcessResult.Exited(2, "", false));
        assertThat(run(runner, "{\"file_name_to_run\": \"app/main.py\"}").text())
                .isEqualTo("Exit code 2: the program failed; read the output (and any traceback) below.\n(no output)");
    }

    @Test
    void reports_a_timeout_as_a_timed_out_result() {
        runner.answering(new ProcessResult.TimedOut("", false));
        ToolResult result = run(runner, "{\"file_name_to_run\": \"app/main.py\"}");
        assertThat(result).isInstanceOf(ToolResult.Ok.class);
        assertThat(result.text()).startsWith("TIMED OUT after 3 seconds: `python3 app/main.py` did not finish");
    }

    @Test
    void refuses_a_missing_file_or_bad_arguments_without_running() {
        assertThat(run(runner, "{\"file_name_to_run\": \"main.py\"}").text())
                .isEqualTo("File 'main.py' does not exist. Did you mean 'app/main.py'?");
        assertThat(run(runner, "{}").text()).startsWith("run_python_file needs the argument 'file_name_to_run'");
        assertThat(run(runner, "{\"file_name_to_run\": [\"app/main.py\"]}").text())
                .contains("must be a string, but a list was given");
        assertThat(run(runner, "{\"file_name_to_run\": \"app/main.py\", \"arguments\": \"-v\"}")
                        .text())
                .contains("'arguments' must be a list of strings");
        assertThat(runner.invocations).isEmpty();
    }

    @Test
    void runs_real_python() {
        Requirements.require(Tool.PYTHON3);
        ToolResult result =
                run(new SubprocessRunner(), "{\"file_name_to_run\": \"app/main.py\", \"arguments\": [\"x\"]}");
        assertThat(result.text()).startsWith("Exit code 3: the program failed").contains("args: ['x']");
    }

    /** Just enough of a real runner for one test: merged output, a timeout, no sandbox. */
    static final class SubprocessRunner implements ProcessRunner {
        @Override
        public ProcessResult run(
                List<String> command,
                Path directory,
                java.util.Map<String, String> environment,
                Duration timeout,
                int maxOutputChars) {
            try {
                Process process = new ProcessBuilder(command)
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return new ProcessResult.TimedOut("", false);
                }
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                boolean cut = output.length() > maxOutputChars;
                return new ProcessResult.Exited(
                        process.exitValue(), cut ? output.substring(0, maxOutputChars) : output, cut);
            } catch (IOException e) {
                return new ProcessResult.CouldNotStart(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ProcessResult.CouldNotStart("interrupted");
            }
        }
    }
}
