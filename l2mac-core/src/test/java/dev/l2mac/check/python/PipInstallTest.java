package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.deps.DependencyCache;
import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.deps.Ecosystem;
import dev.l2mac.deps.Installation;
import dev.l2mac.deps.Wheels;
import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code requirements.txt} installed by real pip in the real sandbox (network open, only the cache writable), then
 * imported by pytest in the checks' sandbox. The package is a wheel built here, since no index is reachable.
 */
class PipInstallTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int CAP = 8_000;
    private static final String TEST = """
            from greeting import hello


            def test_hello():
                assert hello() == "hello"
            """;

    @TempDir(factory = OutsideTmp.class)
    Path workspace;

    @TempDir
    Path elsewhere;

    private ProcessRunner checks;
    private DependencyInstaller installer;

    @BeforeEach
    void sandboxes() throws IOException {
        Sandbox.Bubblewrap sandbox = Sandboxing.requireBubblewrap();
        Python.requirePytest();
        checks = new SandboxedProcessRunner(sandbox, SandboxLimits.DEFAULTS);
        installer = new DependencyInstaller(
                new SandboxedProcessRunner(sandbox, DependencyInstaller.SANDBOX_LIMITS, Network.OPEN));
        Path wheel = Wheels.pure(
                Files.createDirectories(workspace.resolve(Wheels.FOLDER)),
                "greeting",
                "def hello():\n    return \"hello\"\n");
        new WorkspaceFixture(workspace)
                .write("test_greeting.py", TEST)
                .write("requirements.txt", "--no-index\n" + wheel + "\n");
    }

    @Test
    void a_test_importing_a_required_package_fails_before_the_step_and_passes_after_it() {
        PytestChecker pytest = new PytestChecker(checks, TIMEOUT, CAP, Executables.PYTHON, true);
        assertThat(pytest.check(workspace, Set.of())).isInstanceOf(CheckReport.Failed.class);

        List<Installation> installed = installer.install(workspace);

        assertThat(installed.getFirst())
                .as(installed.getFirst().describe())
                .isEqualTo(new Installation.Installed(
                        Ecosystem.PYTHON, DependencyCache.of(workspace).python(), ""));
        assertThat(installed.subList(1, 3)).allMatch(result -> result instanceof Installation.NothingToInstall);
        assertThat(DependencyCache.of(workspace).python().resolve("greeting/__init__.py"))
                .isRegularFile();
        assertThat(pytest.check(workspace, Set.of())).isEqualTo(new CheckReport.Passed("pytest", "1 test passed"));
        assertThat(new PytestChecker(checks, TIMEOUT, CAP).check(workspace, Set.of()))
                .isInstanceOf(CheckReport.Passed.class);
    }

    @Test
    void installing_again_an_unchanged_manifest_runs_nothing_and_a_changed_one_is_installed_afresh()
            throws IOException {
        installer.install(workspace);
        Path stale = DependencyCache.of(workspace).python().resolve("stale.py");
        Files.writeString(stale, "");

        assertThat(installer.install(workspace).getFirst()).isInstanceOf(Installation.UpToDate.class);
        assertThat(stale).exists();

        Files.writeString(workspace.resolve("requirements.txt"), "# pinned\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(installer.install(workspace).getFirst()).isInstanceOf(Installation.Installed.class);
        assertThat(stale).doesNotExist();
    }

    @Test
    void writes_only_into_the_dependency_cache_and_never_into_the_users_python() throws IOException {
        installer.install(workspace);

        try (Stream<Path> files = Files.walk(workspace)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(workspace::relativize)
                            .map(Path::toString)
                            .filter(file -> !file.startsWith(DependencyCache.FOLDER)))
                    .containsExactlyInAnyOrder(
                            "test_greeting.py", "requirements.txt", Wheels.FOLDER + "/greeting-1.0-py3-none-any.whl");
        }
        assertThat(new LocalProcessRunner()
                        .run(List.of("python3", "-c", "import greeting"), elsewhere, Map.of(), TIMEOUT, CAP)
                        .succeeded())
                .as("the user's python3 cannot import the package")
                .isFalse();
    }

    @Test
    void a_requirement_pip_cannot_find_fails_with_pips_own_message() throws IOException {
        Files.writeString(workspace.resolve("requirements.txt"), "--no-index\nno-such-package-l2mac==1.0\n");

        Installation result = installer.install(workspace).getFirst();

        assertThat(result).isInstanceOf(Installation.Failed.class);
        assertThat(((Installation.Failed) result).reason()).startsWith("ERROR:").contains("no-such-package-l2mac");
        assertThat(result.describe())
                .contains("pip could not install the packages of requirements.txt", "Fix requirements.txt");
        assertThat(installer.install(workspace).getFirst())
                .as("a failure is not remembered as installed")
                .isInstanceOf(Installation.Failed.class);
    }
}
