package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.check.InstallationReports;
import dev.l2mac.check.Language;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.deps.Wheels;
import dev.l2mac.process.Python;
import dev.l2mac.process.sandbox.Network;
import dev.l2mac.process.sandbox.OutsideTmp;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxedProcessRunner;
import dev.l2mac.process.sandbox.Sandboxing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that install the dependencies first ({@code --install-deps}): a changed manifest is installed before the
 * checkers run, its outcome is the first report, and reports made before the installation are not reused.
 */
class InstallingChecksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int CAP = 8_000;

    @TempDir(factory = OutsideTmp.class)
    Path workspace;

    private Checks checks;
    private Path wheel;

    @BeforeEach
    void sandboxes() throws IOException {
        Sandbox.Bubblewrap sandbox = Sandboxing.requireBubblewrap();
        Python.requirePytest();
        DependencyInstaller installer = new DependencyInstaller(
                new SandboxedProcessRunner(sandbox, DependencyInstaller.SANDBOX_LIMITS, Network.OPEN));
        checks = CheckerCatalog.forWorkspace(
                        new SandboxedProcessRunner(sandbox, SandboxLimits.DEFAULTS),
                        new CheckPlan(EnumSet.of(Language.PYTHON), List.of(), TIMEOUT, CAP),
                        JUnitLauncherJar.offline(workspace.resolve(".cache")))
                .installingWith(installer);
        wheel = Wheels.pure(
                Files.createDirectories(workspace.resolve(Wheels.FOLDER)),
                "greeting",
                "def hello():\n    return \"hello\"\n");
        new WorkspaceFixture(workspace)
                .write(
                        "test_greeting.py",
                        "from greeting import hello\n\n\ndef test_hello():\n    assert hello() == \"hello\"\n");
    }

    private static CheckReport report(List<CheckReport> reports, String checker) {
        return reports.stream()
                .filter(report -> report.checker().equals(checker))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_requirement_added_after_a_failing_check_is_installed_and_the_test_then_passes() throws IOException {
        List<CheckReport> before = checks.run(workspace, Set.of());
        assertThat(report(before, PytestChecker.NAME)).isInstanceOf(CheckReport.Failed.class);
        assertThat(before).extracting(CheckReport::checker).doesNotContain(InstallationReports.NAME);

        Files.writeString(workspace.resolve("requirements.txt"), "--no-index\n" + wheel + "\n");
        List<CheckReport> after = checks.run(workspace, Set.of());

        assertThat(after.getFirst()).isInstanceOf(CheckReport.Passed.class);
        assertThat(after.getFirst().checker()).isEqualTo(InstallationReports.NAME);
        assertThat(((CheckReport.Passed) after.getFirst()).summary())
                .contains("installed the packages of" + " requirements.txt");
        assertThat(report(after, PytestChecker.NAME)).isEqualTo(new CheckReport.Passed("pytest", "1 test passed"));

        List<CheckReport> again = checks.run(workspace, Set.of());
        assertThat(again).extracting(CheckReport::checker).doesNotContain(InstallationReports.NAME);
        assertThat(Checks.allPassed(again)).as(again.toString()).isTrue();
    }

    @Test
    void a_manifest_the_package_manager_rejects_fails_the_checks_at_the_manifest() throws IOException {
        Files.writeString(workspace.resolve("requirements.txt"), "--no-index\nno-such-package-l2mac==1.0\n");

        List<CheckReport> reports = checks.run(workspace, Set.of());

        CheckReport.Failed failed = (CheckReport.Failed) reports.getFirst();
        assertThat(failed.checker()).isEqualTo(InstallationReports.NAME);
        assertThat(failed.findings().getFirst().file()).isEqualTo("requirements.txt");
        assertThat(failed.findings().getFirst().message()).contains("pip could not install", "no-such-package-l2mac");
        assertThat(Checks.allPassed(reports)).isFalse();
    }
}
