package dev.l2mac.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalProcessRunnerTest {

    private static final Duration GENEROUS = Duration.ofSeconds(20);
    private static final Duration SHORT = Duration.ofSeconds(1);
    private static final int CAP = 10_000;

    @TempDir
    Path workspace;

    private final LocalProcessRunner runner = new LocalProcessRunner();

    private ProcessResult sh(String script, Duration timeout, int cap) {
        return runner.run(List.of("sh", "-c", script), workspace, Map.of(), timeout, cap);
    }

    @Test
    void returns_exit_code_and_merged_output() {
        ProcessResult result = sh("echo out; echo err >&2; exit 3", GENEROUS, CAP);

        assertThat(((ProcessResult.Exited) result).exitCode()).isEqualTo(3);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.truncated()).isFalse();
        assertThat(result.output()).contains("out\n").contains("err\n");
    }

    @Test
    void runs_in_the_given_directory() throws Exception {
        Files.writeString(workspace.resolve("here.txt"), "x");

        ProcessResult result = sh("ls", GENEROUS, CAP);

        assertThat(result.output()).isEqualTo("here.txt\n");
    }

    @Test
    void keeps_head_and_tail_of_long_output_and_says_how_much_was_cut() {
        int cap = 300;

        ProcessResult result = sh("i=0; while [ $i -lt 5000 ]; do echo line$i; i=$((i+1)); done", GENEROUS, cap);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.truncated()).isTrue();
        assertThat(result.output()).startsWith("line0\nline1\n").endsWith("line4998\nline4999\n");
        long total = 0;
        for (int i = 0; i < 5000; i++) {
            total += ("line" + i + "\n").length();
        }
        assertThat(result.output()).contains("[... " + (total - cap) + " characters cut ...]");
    }

    @Test
    void keeps_draining_output_past_the_cap_so_a_chatty_child_finishes() {
        ProcessResult result = sh("head -c 20000000 /dev/zero | tr '\\0' x; echo; echo finished", GENEROUS, 100);

        assertThat(result.timedOut()).isFalse();
        assertThat(((ProcessResult.Exited) result).exitCode()).isZero();
        assertThat(result.output()).endsWith("finished\n").startsWith("x".repeat(66));
    }

    @Test
    void closes_stdin_so_a_reading_child_does_not_wait() {
        ProcessResult result = sh("cat; echo after-eof", GENEROUS, CAP);

        assertThat(result.timedOut()).isFalse();
        assertThat(result.output()).isEqualTo("after-eof\n");
    }

    @Test
    void timeout_kills_the_child_and_its_children() throws Exception {
        timeoutKillsTheTree(runner);
    }

    @Test
    void timeout_kills_children_by_descendants_without_process_groups() throws Exception {
        timeoutKillsTheTree(new LocalProcessRunner(ProcessGroups.NONE));
    }

    private void timeoutKillsTheTree(LocalProcessRunner runner) throws Exception {
        String background = Processes.uniqueSleepSeconds();
        String foreground = Processes.uniqueSleepSeconds();
        try {
            long started = System.nanoTime();
            ProcessResult result = runner.run(
                    List.of("sh", "-c", "echo begun; sleep " + background + " & sleep " + foreground),
                    workspace,
                    Map.of(),
                    SHORT,
                    CAP);

            assertThat(result.timedOut()).isTrue();
            assertThat(result).isInstanceOf(ProcessResult.TimedOut.class);
            assertThat(result.succeeded()).isFalse();
            assertThat(result.output()).contains("begun");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
            assertThat(Processes.awaitGone(background)).isEmpty();
            assertThat(Processes.awaitGone(foreground)).isEmpty();
        } finally {
            Processes.killAll(background);
            Processes.killAll(foreground);
        }
    }

    @Test
    void kills_background_processes_left_behind_after_a_normal_exit() throws Exception {
        String marker = Processes.uniqueSleepSeconds();
        try {
            ProcessResult result = sh("sleep " + marker + " & echo started", GENEROUS, CAP);

            assertThat(((ProcessResult.Exited) result).exitCode()).isZero();
            assertThat(result.output()).isEqualTo("started\n");
            assertThat(Processes.awaitGone(marker)).isEmpty();
        } finally {
            Processes.killAll(marker);
        }
    }

    @Test
    void kills_remembered_background_processes_without_process_groups() throws Exception {
        String marker = Processes.uniqueSleepSeconds();
        try {
            ProcessResult result = new LocalProcessRunner(ProcessGroups.NONE)
                    .run(
                            List.of("sh", "-c", "sleep " + marker + " > /dev/null 2>&1 & sleep 0.5; echo started"),
                            workspace,
                            Map.of(),
                            GENEROUS,
                            CAP);

            assertThat(((ProcessResult.Exited) result).exitCode()).isZero();
            assertThat(Processes.awaitGone(marker)).isEmpty();
        } finally {
            Processes.killAll(marker);
        }
    }

    @Test
    void passes_only_a_minimal_environment_and_the_given_variables() {
        ProcessResult result = runner.run(List.of("env"), workspace, Map.of("EXTRA_SETTING", "on"), GENEROUS, CAP);

        Map<String, String> environment = result.output()
                .lines()
                .map(line -> line.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
        assertThat(environment.keySet())
                .isEqualTo(Set.of(
                        "PATH",
                        "HOME",
                        "LANG",
                        "PYTHONDONTWRITEBYTECODE",
                        "PYTHONUNBUFFERED",
                        "EXTRA_SETTING",
                        ProcessTag.VARIABLE));
        assertThat(environment).containsEntry("EXTRA_SETTING", "on").containsEntry("LANG", "C.UTF-8");
        assertThat(environment.get("HOME")).doesNotStartWith(System.getProperty("user.home") + "/");
        assertThat(environment.keySet()).noneMatch(key -> key.endsWith("_API_KEY"));
    }

    @Test
    void gives_each_run_a_fresh_home_that_is_removed_afterwards() {
        ProcessResult result = sh("echo $HOME; touch $HOME/dropping", GENEROUS, CAP);

        Path home = Path.of(result.output().strip());
        assertThat(home).isNotEqualTo(workspace);
        assertThat(home).doesNotExist();
    }

    @Test
    void reports_a_missing_program_as_could_not_start() {
        ProcessResult result =
                runner.run(List.of("no-such-program-l2mac", "--flag"), workspace, Map.of(), GENEROUS, CAP);

        assertThat(result).isInstanceOf(ProcessResult.CouldNotStart.class);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.truncated()).isFalse();
        assertThat(result.output())
                .startsWith("could not start no-such-program-l2mac --flag: ")
                .contains("PATH");
    }

    @Test
    void reports_a_missing_directory_as_could_not_start() {
        ProcessResult result =
                runner.run(List.of("sh", "-c", "true"), workspace.resolve("absent"), Map.of(), GENEROUS, CAP);

        assertThat(result).isInstanceOf(ProcessResult.CouldNotStart.class);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.output()).startsWith("could not start ");
    }

    @Test
    void runs_a_program_given_relative_to_the_directory() throws Exception {
        Path script = workspace.resolve("tool.sh");
        Files.writeString(script, "#!/bin/sh\necho tool ran with \"$@\"\n");
        script.toFile().setExecutable(true);

        ProcessResult result = runner.run(List.of("./tool.sh", "a", "b"), workspace, Map.of(), GENEROUS, CAP);

        assertThat(result.output()).isEqualTo("tool ran with a b\n");
    }

    @Test
    void passes_arguments_verbatim_without_a_shell() {
        String tricky = "it's $HOME; `echo no` \"quoted\"";

        ProcessResult result = runner.run(List.of("printf", "%s", tricky), workspace, Map.of(), GENEROUS, CAP);

        assertThat(result.output()).isEqualTo(tricky);
    }
}
