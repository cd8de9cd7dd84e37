package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.ProcessRunner.Access;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import dev.l2mac.process.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxedProcessRunnerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int CAP = 10_000;

    @TempDir
    Path workspace;

    @TempDir
    Path outside;

    private SandboxedProcessRunner runner;

    @BeforeEach
    void sandbox() {
        runner = new SandboxedProcessRunner(Sandboxing.requireBubblewrap(), SandboxLimits.DEFAULTS);
    }

    private ProcessResult sh(String script) {
        return runner.run(List.of("sh", "-c", script), workspace, Map.of(), TIMEOUT, CAP);
    }

    @Test
    void runs_in_the_workspace_and_may_write_there() throws Exception {
        ProcessResult result = sh("pwd; echo made > made.txt; echo err >&2; exit 4");

        assertThat(((ProcessResult.Exited) result).exitCode()).isEqualTo(4);
        assertThat(result.output()).contains(workspace.toString()).contains("err");
        assertThat(workspace.resolve("made.txt")).hasContent("made");
    }

    @Test
    void keeps_the_system_read_only() {
        ProcessResult result = sh("touch /usr/l2mac-probe 2>&1 || echo refused");

        assertThat(result.output()).contains("refused");
        assertThat(Path.of("/usr/l2mac-probe")).doesNotExist();
    }

    @Test
    void gives_a_private_tmp_whose_files_never_reach_the_host() {
        String name = "l2mac-private-" + System.nanoTime();

        ProcessResult result = sh("echo x > /tmp/" + name + " && cat /tmp/" + name);

        assertThat(result.output()).isEqualTo("x\n");
        assertThat(Path.of("/tmp", name)).doesNotExist();
    }

    @Test
    void lets_a_command_write_to_a_granted_directory_only() throws Exception {
        Path report = outside.resolve("report.txt");

        ProcessResult result = runner.run(
                List.of("sh", "-c", "echo report > " + report),
                workspace,
                Map.of(),
                TIMEOUT,
                CAP,
                Access.writable(outside));

        assertThat(result.succeeded()).isTrue();
        assertThat(report).hasContent("report");
    }

    @Test
    void keeps_the_workspace_history_read_only() throws Exception {
        Files.createDirectories(workspace.resolve(".git"));
        Files.writeString(workspace.resolve(".git/HEAD"), "ref: refs/heads/main\n");

        ProcessResult result = sh("cat .git/HEAD; rm -rf .git; echo bad > .git/HEAD; echo done");

        assertThat(result.output()).contains("ref: refs/heads/main").endsWith("done\n");
        assertThat(workspace.resolve(".git/HEAD")).hasContent("ref: refs/heads/main\n");
    }

    @Test
    void reports_a_missing_program_as_could_not_start() {
        ProcessResult result = runner.run(List.of("no-such-program-l2mac"), workspace, Map.of(), TIMEOUT, CAP);

        assertThat(result).isInstanceOf(ProcessResult.CouldNotStart.class);
        assertThat(result.output()).startsWith("could not start no-such-program-l2mac");
    }

    @Test
    void runs_python_from_the_users_path_although_the_home_is_hidden() {
        Python.requirePython();

        ProcessResult result = runner.run(List.of("python3", "-c", "print(6 * 7)"), workspace, Map.of(), TIMEOUT, CAP);

        assertThat(result.output()).isEqualTo("42\n");
    }

    @Test
    void times_out_and_returns() {
        long started = System.nanoTime();

        ProcessResult result = runner.run(List.of("sleep", "60"), workspace, Map.of(), Duration.ofSeconds(1), CAP);

        assertThat(result.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }
}
