package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandToolTest {

    @TempDir
    Path root;

    final FakeProcessRunner fake = new FakeProcessRunner();
    final ToolSettings settings = ToolSettings.of(1_000, 500, Duration.ofSeconds(5), null);

    private ToolResult run(ProcessRunner runner, String arguments) {
        return ToolBox.codebase(new DiskFileStore(root, 10_000), runner, settings)
                .dispatch(call("run_command", arguments));
    }

    @Test
    void runs_the_line_with_a_shell_in_the_workspace() {
        fake.answering(new ProcessResult.Exited(0, "built", false));

        ToolResult result = run(fake, "{\"command\": \"  make all \"}");

        assertThat(result).isEqualTo(new ToolResult.Ok("Exit code 0: the command succeeded.\nbuilt"));
        assertThat(fake.last().command()).containsExactly("/bin/sh", "-c", "make all");
        assertThat(fake.last().directory()).isEqualTo(root.toAbsolutePath());
    }

    @Test
    void a_real_command_sees_and_writes_the_workspace() throws IOException {
        Files.writeString(root.resolve("input.txt"), "three\nlines\nhere\n");

        ToolResult result =
                run(new LocalProcessRunner(), "{\"command\": \"wc -l < input.txt > count.txt &&" + " cat count.txt\"}");

        assertThat(result.text())
                .startsWith("Exit code 0: the command succeeded.")
                .contains("3");
        assertThat(Files.readString(root.resolve("count.txt")).strip()).isEqualTo("3");
    }

    @Test
    void a_missing_program_is_explained() {
        ToolResult result = run(new LocalProcessRunner(), "{\"command\": \"no-such-program-here --version\"}");

        assertThat(result.text())
                .startsWith("Exit code 127: the command was not found")
                .contains("not found");
    }

    @Test
    void a_command_that_never_ends_is_stopped_and_reported_as_timed_out() {
        ToolSettings quick = ToolSettings.of(1_000, 500, Duration.ofMillis(500), null);

        ToolResult result = ToolBox.codebase(new DiskFileStore(root, 10_000), new LocalProcessRunner(), quick)
                .dispatch(call("run_command", "{\"command\": \"echo started; sleep 30\"}"));

        assertThat(result).isInstanceOf(ToolResult.Ok.class);
        assertThat(result.text())
                .startsWith("TIMED OUT after 500 ms: `echo started; sleep 30`")
                .contains("started");
    }

    @Test
    void refuses_an_empty_or_oversized_or_mistyped_command_without_running() {
        assertThat(run(fake, "{\"command\": \"  \"}").text()).contains("'command' is empty");
        assertThat(run(fake, "{\"command\": \"" + "x".repeat(RunCommandTool.MAX_COMMAND_CHARS + 1) + "\"}")
                        .text())
                .contains("more than the " + RunCommandTool.MAX_COMMAND_CHARS + " allowed");
        assertThat(run(fake, "{\"command\": [\"ls\", \"-l\"]}").text()).contains("must be a string");
        assertThat(run(fake, "{}").text()).startsWith("run_command needs the argument 'command'");
        assertThat(fake.invocations).isEmpty();
    }

    @Test
    void refuses_when_the_files_live_only_in_memory() {
        ToolResult result = ToolBox.codebase(new InMemoryFileStore(100), fake, settings)
                .dispatch(call("run_command", "{\"command\": \"ls\"}"));

        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text()).contains("in memory only");
        assertThat(fake.invocations).isEmpty();
    }
}
