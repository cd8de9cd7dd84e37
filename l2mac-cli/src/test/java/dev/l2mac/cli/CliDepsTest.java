package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code l2mac deps} installing a workspace's dependencies with the real pip, sandboxed where this machine can. */
class CliDepsTest {
    @TempDir
    Path project;

    private WorkspaceCommands commands;

    @BeforeEach
    void commands() {
        commands = new WorkspaceCommands(project);
    }

    @Test
    void installs_the_requirements_once_says_so_per_ecosystem_and_skips_them_while_unchanged() throws IOException {
        Requirements.require(Tool.PIP);
        write("requirements.txt", "--no-index\n# nothing needed yet\n");

        assertThat(commands.run("deps")).as(commands.errors()).isZero();

        Path python = commands.workspace().resolve(".l2mac/deps/python");
        assertThat(python).isDirectory();
        assertThat(commands.output().lines())
                .containsExactly(
                        "python  installed the packages of requirements.txt into " + python,
                        "node    no package.json at the workspace root; nothing to install",
                        "maven   no pom.xml at the workspace root; nothing to install");
        commands.forgetOutput();
        assertThat(commands.run("deps")).isZero();
        assertThat(commands.output())
                .contains(
                        "python  requirements.txt is unchanged since its packages were installed" + " into " + python);
    }

    @Test
    void a_requirement_that_cannot_be_installed_fails_the_command_with_pips_message() throws IOException {
        Requirements.require(Tool.PIP);
        write("requirements.txt", "--no-index\nno-such-package-l2mac==1.0\n");

        assertThat(commands.run("deps", "--verbose")).isEqualTo(ExitCode.RUN_FAILED);

        assertThat(commands.output())
                .contains(
                        "python  pip could not install the packages of requirements.txt: ERROR:",
                        "no-such-package-l2mac",
                        "Fix requirements.txt and run this again.",
                        "maven   no pom.xml at the workspace root");
        assertThat(commands.output().lines().filter(line -> line.startsWith("        ")))
                .as("pip's output, indented")
                .isNotEmpty();
    }

    @Test
    void a_workspace_without_manifests_has_nothing_to_install() throws IOException {
        Files.createDirectories(commands.workspace());

        assertThat(commands.run("deps")).isZero();

        assertThat(commands.output().lines()).hasSize(3).allMatch(line -> line.endsWith("nothing to install"));
        assertThat(commands.workspace().resolve(".l2mac/deps")).doesNotExist();
    }

    @Test
    void a_missing_workspace_is_a_usage_error() {
        assertThat(commands.run("deps")).isEqualTo(ExitCode.USAGE);

        assertThat(commands.errors())
                .contains("l2mac: there is no workspace at " + commands.workspace(), "--workspace DIR");
    }

    private void write(String path, String content) throws IOException {
        Files.createDirectories(commands.workspace());
        Files.writeString(commands.workspace().resolve(path), content);
    }
}
