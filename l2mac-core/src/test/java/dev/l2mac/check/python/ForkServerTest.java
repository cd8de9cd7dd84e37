package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.Processes;
import dev.l2mac.process.Python;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxedProcessRunner;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pytest and pylint served warm by a forking worker: the same reports as cold runs, never stale, never hung. */
class ForkServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int CAP = 8_000;

    @TempDir
    Path root;

    private WorkspaceFixture workspace;

    @BeforeEach
    void needsPytest() {
        Python.requirePytest();
        workspace = new WorkspaceFixture(root);
    }

    private static PytestChecker warmPytest(ProcessRunner runner, Duration timeout) {
        return new PytestChecker(runner, timeout, CAP, Executables.PYTHON, true);
    }

    @Test
    void sees_each_edit_of_the_code_under_test_on_the_next_check() {
        PytestChecker checker = warmPytest(new LocalProcessRunner(), TIMEOUT);
        workspace
                .write("calc.py", "def add(a, b):\n    return a - b\n")
                .write("test_calc.py", "from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n");

        CheckReport first = checker.check(root, Set.of());
        workspace.write("calc.py", "def add(a, b):\n    return a + b\n");
        CheckReport second = checker.check(root, Set.of());

        assertThat(first).isInstanceOf(CheckReport.Failed.class);
        assertThat(((CheckReport.Failed) first).findings().getFirst().message())
                .startsWith("test_calc.py::test_add failed: assert -1 == 3");
        assertThat(second).isEqualTo(new CheckReport.Passed(PytestChecker.NAME, "1 test passed"));
    }

    @Test
    void a_hanging_test_times_out_and_the_next_check_gets_a_fresh_worker() {
        PytestChecker checker = warmPytest(new LocalProcessRunner(), Duration.ofSeconds(5));
        workspace.write("test_slow.py", "def test_fine():\n    assert True\n");
        assertThat(checker.check(root, Set.of())).isInstanceOf(CheckReport.Passed.class);
        workspace.write("test_slow.py", "import time\n\n\ndef test_hangs():\n    time.sleep(1000)\n");

        assertThat(checker.check(root, Set.of())).isInstanceOf(CheckReport.TimedOut.class);

        workspace.write("test_slow.py", "def test_fine():\n    assert True\n");
        assertThat(checker.check(root, Set.of()))
                .isEqualTo(new CheckReport.Passed(PytestChecker.NAME, "1 test passed"));
    }

    @Test
    void kills_the_background_processes_a_check_leaves_behind() throws Exception {
        String marker = Processes.uniqueSleepSeconds();
        workspace.write("test_spawn.py", """
                import subprocess


                def test_spawns():
                    subprocess.Popen(["setsid", "sleep", "%s"])
                """.formatted(marker));
        try {
            assertThat(warmPytest(new LocalProcessRunner(), TIMEOUT).check(root, Set.of()))
                    .isInstanceOf(CheckReport.Passed.class);

            assertThat(Processes.awaitGone(marker)).isEmpty();
        } finally {
            Processes.killAll(marker);
        }
    }

    @Test
    void a_workspace_module_named_like_a_library_module_does_not_break_the_worker() {
        workspace
                .write("json.py", "raise RuntimeError('this file must never be imported by the worker')\n")
                .write("test_ok.py", "def test_ok():\n    assert 1 + 1 == 2\n");

        assertThat(warmPytest(new LocalProcessRunner(), TIMEOUT).check(root, Set.of()))
                .isEqualTo(new CheckReport.Passed(PytestChecker.NAME, "1 test passed"));
    }

    @Test
    void serves_pytest_inside_the_sandbox() {
        Sandbox.Bubblewrap sandbox = Sandboxing.requireBubblewrap();
        PytestChecker checker = warmPytest(new SandboxedProcessRunner(sandbox, SandboxLimits.DEFAULTS), TIMEOUT);
        workspace.write("test_net.py", """
                import socket


                def test_no_network():
                    socket.create_connection(("127.0.0.1", 9), timeout=2)
                """);

        CheckReport report = checker.check(root, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        assertThat(((CheckReport.Failed) report).findings().getFirst().message())
                .contains("test_no_network");
    }

    @Test
    void keeps_one_sandboxed_worker_across_checks_run_from_short_lived_threads() throws Exception {
        Sandbox.Bubblewrap sandbox = Sandboxing.requireBubblewrap();
        PytestChecker checker = warmPytest(new SandboxedProcessRunner(sandbox, SandboxLimits.DEFAULTS), TIMEOUT);
        workspace.write(
                "test_pid.py",
                "import os\n\n\ndef test_pid():\n    print(os.getppid())\n" + "    assert os.getppid() == -1\n");
        List<String> workers = new java.util.ArrayList<>();
        for (int round = 0; round < 2; round++) {
            workspace.write(
                    "test_pid.py", "import os\n\n\ndef test_pid():\n    assert os.getppid() == -" + round + "\n");
            CheckReport[] report = new CheckReport[1];
            Thread thread = Thread.ofPlatform().start(() -> report[0] = checker.check(root, Set.of()));
            thread.join();
            String message =
                    ((CheckReport.Failed) report[0]).findings().getFirst().message();
            workers.add(message.replaceAll(".*assert (\\d+) == .*", "$1"));
        }

        assertThat(workers.get(0)).matches("\\d+").isEqualTo(workers.get(1));
    }

    @Test
    void pylint_served_warm_lints_each_edit_afresh() {
        Requirements.require(Tool.PYLINT);
        PylintChecker checker = new PylintChecker(
                new LocalProcessRunner(), TIMEOUT, CAP, PythonChecks.PYLINT, Executables.PYTHON, true);
        workspace
                .write("prices.py", "def net(price):\n    return price\n")
                .write("cart.py", "from prices import net\n\n\ndef total(p):\n    return net(p)\n");
        assertThat(checker.check(root, Set.of())).isInstanceOf(CheckReport.Passed.class);

        workspace.write("prices.py", "def gross(price):\n    return price\n");
        CheckReport report = checker.check(root, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        assertThat(((CheckReport.Failed) report).findings())
                .extracting(Finding::file)
                .containsExactly("cart.py");
    }
}
