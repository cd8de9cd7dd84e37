package dev.l2mac.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every file settings were read from is hidden from generated code, wherever it lies, and key variables never reach
 * it: a real sandbox runs {@code cat} on a {@code --config} file outside the home and on the project's
 * {@code l2mac.yaml} inside the workspace.
 */
class SettingFilesSandboxTest {

    private static final String CANARY = "sk-canary-settings-0123456789";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Path root;
    private Path workspace;
    private Path config;

    @BeforeEach
    void files() throws IOException {
        // Outside /tmp, which every sandbox replaces anyway, and outside the home.
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        root = Files.createTempDirectory(target, "setting-files-");
        workspace = Files.createDirectories(root.resolve("project"));
        config = Files.writeString(
                Files.createDirectories(root.resolve("elsewhere")).resolve("custom.yaml"),
                "llm:\n  model: m\n  base_url: http://localhost:1/v1\n  api_key: " + CANARY + "\n");
        Files.writeString(workspace.resolve(ConfigLoader.PROJECT_FILE), "llm:\n  api_key: " + CANARY + "\n");
    }

    @AfterEach
    void clean() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    void a_sandboxed_command_reads_neither_the_config_file_nor_the_project_file() throws IOException {
        ProcessRunner runner = sandboxedAfterLoadingSettings();

        ProcessResult result = runner.run(
                List.of(
                        "sh",
                        "-c",
                        "cat " + config + "; cat " + ConfigLoader.PROJECT_FILE + "; cat "
                                + workspace.resolve(ConfigLoader.PROJECT_FILE) + "; echo done"),
                workspace,
                Map.of(),
                TIMEOUT,
                10_000);

        assertThat(result.output()).contains("done").doesNotContain(CANARY);
        assertThat(Files.readString(config)).contains(CANARY);
    }

    @Test
    void key_variables_are_absent_from_a_sandboxed_commands_environment() throws IOException {
        ProcessRunner runner = sandboxedAfterLoadingSettings();
        Map<String, String> asked = Map.of(
                "OPENAI_API_KEY",
                CANARY,
                "L2MAC_API_KEY",
                CANARY,
                "ANTHROPIC_API_KEY",
                CANARY,
                "AZURE_OPENAI_API_KEY",
                CANARY,
                "GEMINI_API_KEY",
                CANARY,
                "GITHUB_TOKEN",
                CANARY,
                "MY_SERVICE_API_KEY",
                CANARY,
                "KEPT_SETTING",
                "visible");

        ProcessResult result = runner.run(List.of("env"), workspace, asked, TIMEOUT, 10_000);

        assertThat(result.output()).contains("KEPT_SETTING=visible").doesNotContain(CANARY);
    }

    private ProcessRunner sandboxedAfterLoadingSettings() {
        Sandbox sandbox = Sandboxes.detected();
        Requirements.require(
                sandbox instanceof Sandbox.Bubblewrap,
                () -> "a bubblewrap sandbox, so generated code" + " is not confined (" + sandbox.describe()
                        + "); apt-get install bubblewrap");
        Settings settings = ConfigLoader.standard(root.resolve("home"), workspace, Map.of())
                .withUserFile(config)
                .load(Map.of());
        assertThat(settings.llm().apiKey()).isEqualTo(CANARY);
        return Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, true);
    }
}
