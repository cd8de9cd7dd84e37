package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessGroups;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import dev.l2mac.process.Processes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Processes that leave the command's tree, group and session (a {@code setsid} daemon, a double fork, {@code nohup})
 * are found by the command's tag and killed before the runner returns, without a sandbox: on a normal exit, on a
 * timeout, and when a worker is closed.
 */
class DetachedProcessesTest {

    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final Duration SHORT = Duration.ofSeconds(1);
    private static final int CAP = 10_000;

    @TempDir
    Path workspace;

    /** Each detaching command, run with and without process groups: the tag alone must be enough. */
    static Stream<Arguments> detaching() {
        List<String> commands =
                List.of("setsid sleep %s &", "(setsid sh -c 'sleep %s' &);", "nohup setsid sleep %s >/dev/null 2>&1 &");
        return commands.stream()
                .flatMap(command ->
                        Stream.of(Arguments.of(command, "process groups"), Arguments.of(command, "no process groups")));
    }

    /** In a sandbox also a process that cleared its environment, which only the PID namespace can catch. */
    static Stream<String> detachingInASandbox() {
        return Stream.of(
                "setsid sleep %s &",
                "(setsid sh -c 'sleep %s' &);",
                "nohup setsid sleep %s >/dev/null 2>&1 &",
                "env -i /usr/bin/setsid /bin/sleep %s >/dev/null 2>&1 &");
    }

    private static LocalProcessRunner runner(String groups) {
        return new LocalProcessRunner(groups.equals("process groups") ? ProcessGroups.detect() : ProcessGroups.NONE);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("detaching")
    void leaves_nothing_behind_after_a_normal_exit(String command, String groups) {
        String marker = Processes.uniqueSleepSeconds() + ".123";
        try {
            ProcessResult result = runner(groups)
                    .run(
                            List.of("sh", "-c", command.formatted(marker) + " echo done"),
                            workspace,
                            Map.of(),
                            GENEROUS,
                            CAP);

            assertThat(result.timedOut()).isFalse();
            assertThat(((ProcessResult.Exited) result).exitCode())
                    .as(result.output())
                    .isZero();
            assertThat(Processes.withArgument(marker)).isEmpty();
        } finally {
            Processes.killAll(marker);
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("detaching")
    void leaves_nothing_behind_after_a_timeout(String command, String groups) {
        String marker = Processes.uniqueSleepSeconds() + ".123";
        try {
            ProcessResult result = runner(groups)
                    .run(
                            List.of("sh", "-c", command.formatted(marker) + " echo started; sleep 60"),
                            workspace,
                            Map.of(),
                            SHORT,
                            CAP);

            assertThat(result.timedOut()).as(result.output()).isTrue();
            assertThat(Processes.withArgument(marker)).isEmpty();
        } finally {
            Processes.killAll(marker);
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("detaching")
    void a_closed_worker_leaves_nothing_behind(String command, String groups) {
        String marker = Processes.uniqueSleepSeconds() + ".123";
        try {
            Optional<ProcessRunner.Worker> worker = runner(groups)
                    .startWorker(
                            List.of("sh", "-c", command.formatted(marker) + " echo ready; cat"),
                            workspace,
                            Map.of(),
                            ProcessRunner.Access.NONE);
            assertThat(worker).isPresent();
            assertThat(worker.get().awaitLine(GENEROUS)).contains("ready");
            assertThat(worker.get().ask("echo", GENEROUS)).contains("echo");

            worker.get().close();

            assertThat(Processes.withArgument(marker)).isEmpty();
        } finally {
            Processes.killAll(marker);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detachingInASandbox")
    void a_sandboxed_command_leaves_nothing_behind_even_with_a_cleared_environment(String command) {
        SandboxedProcessRunner sandboxed = Sandboxing.runner(
                Sandboxing.requireBubblewrap(),
                SandboxLimits.DEFAULTS,
                List.of(Path.of(System.getProperty("user.home"))),
                LocalProcessRunner.searchPath());
        String marker = Processes.uniqueSleepSeconds() + ".123";
        try {
            ProcessResult exited = sandboxed.run(
                    List.of("sh", "-c", command.formatted(marker) + " echo done"), workspace, Map.of(), GENEROUS, CAP);
            ProcessResult timedOut = sandboxed.run(
                    List.of("sh", "-c", command.formatted(marker + "1") + " echo started; sleep 60"),
                    workspace,
                    Map.of(),
                    SHORT,
                    CAP);

            assertThat(((ProcessResult.Exited) exited).exitCode())
                    .as(exited.output())
                    .isZero();
            assertThat(timedOut.timedOut()).as(timedOut.output()).isTrue();
            assertThat(Processes.withArgument(marker)).isEmpty();
            assertThat(Processes.withArgument(marker + "1")).isEmpty();
        } finally {
            Processes.killAll(marker);
            Processes.killAll(marker + "1");
        }
    }
}
