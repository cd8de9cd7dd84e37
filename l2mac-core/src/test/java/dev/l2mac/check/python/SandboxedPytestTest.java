package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.process.Python;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxedProcessRunner;
import dev.l2mac.process.sandbox.Sandboxing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pytest run through the sandbox: its report reaches the checker, and a hang is a timeout. */
class SandboxedPytestTest {

    private static final int CAP = 8_000;

    @TempDir
    Path workspace;

    private SandboxedProcessRunner runner;

    @BeforeEach
    void sandbox() {
        runner = new SandboxedProcessRunner(Sandboxing.requireBubblewrap(), SandboxLimits.DEFAULTS);
        Python.requirePytest();
    }

    @Test
    void reports_a_failing_test_read_from_the_report_written_outside_the_workspace() throws Exception {
        Files.writeString(workspace.resolve("test_math.py"), "def test_sum():\n    assert 1 + 1 == 3\n");

        CheckReport report = new PytestChecker(runner, Duration.ofSeconds(60), CAP).check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.Failed.class);
        Finding finding = ((CheckReport.Failed) report).findings().getFirst();
        assertThat(finding.file()).isEqualTo("test_math.py");
        assertThat(finding.line()).isEqualTo(2);
        assertThat(finding.message()).contains("test_math.py::test_sum failed");
    }

    @Test
    void reports_a_hanging_test_as_timed_out() throws Exception {
        Files.writeString(
                workspace.resolve("test_hang.py"), "import time\n\ndef test_hangs():\n    time.sleep(1000)\n");
        Duration timeout = Duration.ofSeconds(3);

        CheckReport report = new PytestChecker(runner, timeout, CAP).check(workspace, Set.of());

        assertThat(report).isInstanceOf(CheckReport.TimedOut.class);
        assertThat(((CheckReport.TimedOut) report).after()).isEqualTo(timeout);
    }
}
