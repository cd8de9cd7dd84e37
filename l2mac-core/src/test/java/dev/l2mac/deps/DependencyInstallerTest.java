package dev.l2mac.deps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation step's bookkeeping, with package managers that are missing or answer as told. */
class DependencyInstallerTest {

    @TempDir
    Path workspace;

    @Test
    void a_package_manager_missing_from_the_path_is_reported_with_what_to_install() throws IOException {
        Files.writeString(workspace.resolve("requirements.txt"), "requests\n");
        DependencyInstaller installer = new DependencyInstaller(
                new LocalProcessRunner(),
                List.of(new PipInstall(List.of("no-such-python-l2mac"))),
                DependencyInstaller.TIMEOUT,
                1_000);

        Installation result = installer.install(workspace).getFirst();

        assertThat(result)
                .isEqualTo(new Installation.ToolMissing(Ecosystem.PYTHON, "no-such-python-l2mac is not on the PATH"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.describe()).contains("install Python 3 with pip");
    }

    @Test
    void a_failure_is_stated_by_the_package_managers_first_error_line() {
        ProcessResult npm = new ProcessResult.Exited(
                1,
                "npm warn config something\nnpm error code E404\n"
                        + "npm error 404 Not Found - GET https://registry.npmjs.org/no-such-package\n",
                false);
        ProcessResult silent = new ProcessResult.Exited(3, "\n", false);

        assertThat(DependencyInstaller.errorLine(npm)).isEqualTo("npm error code E404");
        assertThat(DependencyInstaller.errorLine(silent)).isEqualTo("it stopped with exit code 3 and said nothing.");
    }

    @Test
    void runs_the_package_manager_with_only_the_dependency_cache_writable_and_the_workspace_readable()
            throws IOException {
        Files.writeString(workspace.resolve("requirements.txt"), "requests\n");
        List<ProcessRunner.Access> granted = new ArrayList<>();
        ProcessRunner recording = new ProcessRunner() {
            @Override
            public ProcessResult run(
                    List<String> command,
                    Path directory,
                    Map<String, String> environment,
                    java.time.Duration timeout,
                    int maxOutputChars) {
                throw new AssertionError("the installer always says what the command may touch");
            }

            @Override
            public ProcessResult run(
                    List<String> command,
                    Path directory,
                    Map<String, String> environment,
                    java.time.Duration timeout,
                    int maxOutputChars,
                    Access access) {
                granted.add(access);
                return new ProcessResult.Exited(0, "", false);
            }
        };

        List<Installation> results = new DependencyInstaller(
                        recording, List.of(new PipInstall(Executables.PYTHON)), DependencyInstaller.TIMEOUT, 1_000)
                .install(workspace);

        Path root = workspace.toAbsolutePath().normalize();
        assertThat(results)
                .containsExactly(new Installation.Installed(
                        Ecosystem.PYTHON, DependencyCache.of(root).python(), ""));
        assertThat(granted)
                .containsExactly(new ProcessRunner.Access(
                        List.of(root), List.of(DependencyCache.of(root).root())));
    }
}
