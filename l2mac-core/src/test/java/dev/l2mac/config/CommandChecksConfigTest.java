package dev.l2mac.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.check.CommandCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own checks, {@code run.command_checks}, read from a config file. */
class CommandChecksConfigTest {

    private static final Map<String, String> LOCAL_MODEL =
            Map.of("llm.model", "llama3.1", "llm.base_url", "http://localhost:11434/v1");

    @TempDir
    Path root;

    private Settings load(String projectYaml, Map<String, String> environment) throws IOException {
        Path home = Files.createDirectories(root.resolve("home"));
        Path project = Files.createDirectories(root.resolve("project"));
        Files.writeString(project.resolve(ConfigLoader.PROJECT_FILE), projectYaml);
        return ConfigLoader.standard(home, project, environment).load(LOCAL_MODEL);
    }

    private Settings load(String projectYaml) throws IOException {
        return load(projectYaml, Map.of());
    }

    @Test
    void none_by_default() throws IOException {
        assertThat(load("").run().checks().commands()).isEmpty();
    }

    @Test
    void reads_checks_with_a_command_list_or_a_command_line_and_their_extensions() throws IOException {
        Settings settings = load("""
                run:
                  command_checks:
                    - name: mypy
                      command: [mypy, --strict, .]
                      extensions: [.py]
                    - name: shellcheck
                      command: shellcheck  build.sh
                """);

        assertThat(settings.run().checks().commands())
                .containsExactly(
                        new CommandCheck("mypy", List.of("mypy", "--strict", "."), List.of(".py")),
                        new CommandCheck("shellcheck", List.of("shellcheck", "build.sh"), List.of()));
        assertThat(settings.describeWithoutSecrets().get("run"))
                .asString()
                .contains("command_checks=[{", "name=mypy", "command=[mypy, --strict, .]");
    }

    @Test
    void kebab_spelling_works_too() throws IOException {
        assertThat(load("run:\n  command-checks:\n    - {name: lint, command: [eslint, .]}\n")
                        .run()
                        .checks()
                        .commands())
                .extracting(CommandCheck::name)
                .containsExactly("lint");
    }

    @Test
    void a_check_without_a_command_names_its_place_in_the_list() {
        assertThatThrownBy(() ->
                        load("run:\n  command_checks:\n    - name: ok\n      command: [true]\n" + "    - name: mypy\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("run.command_checks[1]")
                .hasMessageContaining("'mypy' has no command");
    }

    @Test
    void an_unknown_field_is_named_with_the_fields_there_are() {
        assertThatThrownBy(() -> load("run:\n  command_checks:\n    - name: mypy\n      cmd: [mypy]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown field \"cmd\" in run.command_checks[0]")
                .satisfies(e -> assertThat(((ConfigException) e).hint())
                        .hasValueSatisfying(hint -> assertThat(hint).contains("name, command and extensions")));
    }

    @Test
    void a_list_of_names_instead_of_checks_is_refused() {
        assertThatThrownBy(() -> load("run:\n  command_checks: [mypy, ruff]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("run.command_checks")
                .hasMessageContaining("item 0 is \"mypy\"");
    }

    @Test
    void two_checks_with_one_name_are_refused() {
        assertThatThrownBy(() -> load("run:\n  command_checks:\n    - {name: lint, command: [a]}\n"
                        + "    - {name: lint, command: [b]}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("two are named alike");
    }

    @Test
    void text_from_a_flag_is_refused_and_told_where_checks_go() {
        assertThatThrownBy(() -> ConfigLoader.standard(root, root, Map.of())
                        .load(Map.of("llm.model", "m", "llm.base_url", "http://h/v1", "run.command_checks", "mypy .")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("run.command_checks in the command line")
                .hasMessageContaining("only a config file can hold");
    }
}
