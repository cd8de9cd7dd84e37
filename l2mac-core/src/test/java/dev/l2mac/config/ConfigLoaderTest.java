package dev.l2mac.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.settings.Limits;
import dev.l2mac.settings.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final Map<String, String> LOCAL_MODEL =
            Map.of("llm.model", "llama3.1", "llm.base_url", "http://localhost:11434/v1");

    @TempDir
    Path root;

    private Path home;
    private Path project;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void folders() throws IOException {
        home = Files.createDirectories(root.resolve("home"));
        project = Files.createDirectories(root.resolve("project"));
    }

    private ConfigLoader loader() {
        return ConfigLoader.standard(home, project, environment);
    }

    private Path userFile(String yaml) throws IOException {
        Path file = home.resolve(ConfigLoader.USER_FILE);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private Path projectFile(String yaml) throws IOException {
        return Files.writeString(project.resolve(ConfigLoader.PROJECT_FILE), yaml);
    }

    @Test
    void applies_defaults_when_only_a_model_and_key_are_given() {
        environment.put("OPENAI_API_KEY", "sk-test");

        Settings settings = loader().load(Map.of("llm.model", "gpt-4o"));

        assertThat(settings.llm().apiType()).isEqualTo(LlmSettings.OPENAI);
        assertThat(settings.llm().baseUrl()).isEqualTo(LlmSettings.DEFAULT_BASE_URL);
        assertThat(settings.llm().apiKey()).isEqualTo("sk-test");
        assertThat(settings.llm().requestTimeout()).isEqualTo(LlmSettings.DEFAULT_REQUEST_TIMEOUT);
        assertThat(settings.run().limits()).isEqualTo(Limits.DEFAULTS);
        assertThat(settings.run().workspace()).isEqualTo(project.resolve(RunSettings.DEFAULT_WORKSPACE));
        assertThat(settings.run().checks().enabled()).isTrue();
        assertThat(settings.run().policy().tools()).isEmpty();
        assertThat(settings.programFile()).isEmpty();
        assertThat(settings.verbose()).isFalse();
    }

    @Test
    void each_layer_overrides_the_one_below() throws IOException {
        environment.put("OPENAI_BASE_URL", "http://openai-env:1/v1");
        assertThat(loader().load(Map.of("llm.model", "m")).llm().baseUrl()).isEqualTo("http://openai-env:1/v1");

        userFile("llm:\n  model: from-user\n  base_url: http://user:1/v1\n");
        assertThat(loader().load(Map.of()).llm().model()).isEqualTo("from-user");
        assertThat(loader().load(Map.of()).llm().baseUrl()).isEqualTo("http://user:1/v1");

        projectFile("llm:\n  model: from-project\n");
        assertThat(loader().load(Map.of()).llm().model()).isEqualTo("from-project");
        assertThat(loader().load(Map.of()).llm().baseUrl()).isEqualTo("http://user:1/v1");

        environment.put("L2MAC_MODEL", "from-env");
        assertThat(loader().load(Map.of()).llm().model()).isEqualTo("from-env");

        assertThat(loader().load(Map.of("llm.model", "from-flag")).llm().model())
                .isEqualTo("from-flag");
    }

    @Test
    void openai_api_key_is_used_only_when_no_other_key_is_given() throws IOException {
        environment.put("OPENAI_API_KEY", "sk-openai");
        userFile("llm:\n  model: gpt-4o\n  api_key: sk-user\n");

        assertThat(loader().load(Map.of()).llm().apiKey()).isEqualTo("sk-user");
    }

    @Test
    void reads_the_reference_config_file_keys() throws IOException {
        userFile("""
                llm:
                  api_type: "openai"
                  model: "gpt-4-1106-preview"
                  base_url: "https://api.openai.com/v1"
                  api_key: "sk-..."
                  timeout: 60
                  proxy: ""
                """);

        LlmSettings llm = loader().load(Map.of()).llm();

        assertThat(llm)
                .isEqualTo(new LlmSettings(
                        "openai", "gpt-4-1106-preview", "https://api.openai.com/v1", "sk-...", Duration.ofSeconds(60)));
        assertThat(loader().load(Map.of()).run().temperature()).isEqualTo(RunSettings.DEFAULT_TEMPERATURE);
    }

    @Test
    void keeps_a_failed_instructions_changes_unless_rollback_is_configured() throws IOException {
        assertThat(loader().load(LOCAL_MODEL).run().policy().onFailure()).isEqualTo(dev.l2mac.settings.OnFailure.KEEP);

        projectFile("run:\n  on_failure: rollback\n");

        assertThat(loader().load(LOCAL_MODEL).run().policy().onFailure())
                .isEqualTo(dev.l2mac.settings.OnFailure.ROLLBACK);
        assertThat(loader().load(LOCAL_MODEL).describeWithoutSecrets())
                .extracting(all -> all.get("run"))
                .asString()
                .contains("on_failure=rollback");
    }

    @Test
    void installs_dependencies_during_a_run_only_when_asked() throws IOException {
        assertThat(loader().load(LOCAL_MODEL).run().checks().installDependencies())
                .isFalse();

        projectFile("run:\n  install_deps: true\n");

        assertThat(loader().load(LOCAL_MODEL).run().checks().installDependencies())
                .isTrue();
        assertThat(loader().load(LOCAL_MODEL).describeWithoutSecrets())
                .extracting(all -> all.get("run"))
                .asString()
                .contains("install_deps=true");
    }

    @Test
    void refuses_an_unknown_failure_policy_naming_the_key_and_the_choices() {
        Map<String, String> flags = new java.util.HashMap<>(LOCAL_MODEL);
        flags.put("run.on_failure", "revert");

        assertThatThrownBy(() -> loader().load(flags))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("run.on_failure")
                .hasMessageContaining("revert")
                .satisfies(e -> assertThat(((ConfigException) e).hint())
                        .hasValueSatisfying(hint -> assertThat(hint).contains("keep", "rollback")));
    }

    @Test
    void takes_the_configured_stack_and_otherwise_none() throws IOException {
        assertThat(loader().load(LOCAL_MODEL).run().policy().stack()).isEmpty();

        projectFile("run:\n  stack: Java\n");

        assertThat(loader().load(LOCAL_MODEL).run().policy().stack())
                .map(dev.l2mac.stack.Stack::name)
                .hasValue("java");
    }

    @Test
    void refuses_an_unknown_stack_naming_the_key_and_the_stacks() {
        Map<String, String> flags = new java.util.HashMap<>(LOCAL_MODEL);
        flags.put("run.stack", "cobol");

        assertThatThrownBy(() -> loader().load(flags))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("run.stack")
                .hasMessageContaining("cobol")
                .satisfies(e -> assertThat(((ConfigException) e).hint())
                        .hasValueSatisfying(hint -> assertThat(hint).contains("python, java, typescript, javascript")));
    }

    @Test
    void refuses_a_proxy_it_cannot_honour() throws IOException {
        Path file = userFile("llm:\n  model: m\n  proxy: http://proxy:3128\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.proxy")
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not supported");
    }

    @Test
    void unknown_key_names_the_key_and_file_and_suggests_the_closest() throws IOException {
        Path file = projectFile("llm:\n  modle: gpt-4o\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e).hasMessageContaining("llm.modle").hasMessageContaining(file.toString());
            assertThat(e.hint())
                    .hasValueSatisfying(hint -> assertThat(hint)
                            .contains("did you mean llm.model?")
                            .contains("valid keys under llm: api_type, model, base_url, api_key"));
        });
    }

    @Test
    void unknown_limit_lists_the_valid_limits() throws IOException {
        projectFile("limits:\n  max-restart: 2\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e).hasMessageContaining("limits.max-restart");
            assertThat(e.hint())
                    .hasValueSatisfying(hint -> assertThat(hint)
                            .contains("did you mean limits.max-restarts?")
                            .contains("check-timeout-seconds"));
        });
    }

    @Test
    void unknown_section_is_named() throws IOException {
        projectFile("lmm:\n  model: x\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e).hasMessageContaining("unknown section \"lmm\"");
            assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("did you mean llm?"));
        });
    }

    @Test
    void wrong_type_names_the_key_the_expected_type_and_the_value_found() throws IOException {
        projectFile("limits:\n  max-restarts: lots\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("limits.max-restarts")
                .hasMessageContaining("must be an integer")
                .hasMessageContaining("found \"lots\"");
    }

    @Test
    void wrong_type_in_an_overridden_layer_is_still_reported() throws IOException {
        userFile("run:\n  checks: sometimes\n");

        assertThatThrownBy(() ->
                        loader().load(Map.of("llm.model", "m", "llm.base_url", "http://h/v1", "run.checks", "false")))
                .hasMessageContaining("run.checks")
                .hasMessageContaining("true or false");
    }

    @Test
    void malformed_yaml_names_the_file_and_line() throws IOException {
        Path file = projectFile("llm:\n  model: gpt-4o\n  base_url: [unclosed\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("malformed YAML in " + file)
                .hasMessageMatching("(?s).* at line [34]\\b.*");
    }

    @Test
    void a_key_given_twice_in_one_file_is_an_error() throws IOException {
        projectFile("llm:\n  timeout: 10\n  timeout_seconds: 20\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL)).hasMessageContaining("llm.timeout_seconds is set twice");
    }

    @Test
    void maps_l2mac_environment_variables_to_keys() {
        environment.putAll(Map.of(
                "L2MAC_MODEL",
                "qwen",
                "L2MAC_BASE_URL",
                "http://localhost:8000/v1",
                "L2MAC_API_TYPE",
                "vllm",
                "L2MAC_TEMPERATURE",
                "0.5",
                "L2MAC_LIMITS_MAX_RESTARTS",
                "7",
                "L2MAC_LIMITS_CHECK_TIMEOUT_SECONDS",
                "30",
                "L2MAC_STEPS",
                "4",
                "L2MAC_TOOLS",
                "view_files, list_files",
                "L2MAC_CHECKS",
                "false",
                "L2MAC_API_KEY",
                "sk-env"));

        Settings settings = loader().load(Map.of());

        assertThat(settings.llm())
                .isEqualTo(new LlmSettings(
                        LlmSettings.OPENAI_COMPATIBLE,
                        "qwen",
                        "http://localhost:8000/v1",
                        "sk-env",
                        LlmSettings.DEFAULT_REQUEST_TIMEOUT));
        assertThat(settings.run().temperature()).isEqualTo(0.5);
        assertThat(settings.run().limits().maxRestarts()).isEqualTo(7);
        assertThat(settings.run().limits().checkTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.run().limits().maxSteps()).isEqualTo(4);
        assertThat(settings.run().policy().tools()).containsExactly("view_files", "list_files");
        assertThat(settings.run().checks().enabled()).isFalse();
    }

    @Test
    void unknown_limit_variable_names_the_variable() {
        environment.put("L2MAC_LIMITS_MAX_RESTART", "2");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL))
                .hasMessageContaining(
                        "unknown key \"limits.max_restart\" in environment variable " + "L2MAC_LIMITS_MAX_RESTART");
    }

    @Test
    void accepts_snake_and_kebab_spellings_and_run_steps() throws IOException {
        projectFile("""
                limits:
                  max_restarts: 5
                  check-timeout-seconds: 30
                  temperature_step: 0.1
                run:
                  steps: 3
                  tools: [view_files, write_files]
                  checks: false
                """);

        Settings settings = loader().load(LOCAL_MODEL);

        assertThat(settings.run().limits().maxRestarts()).isEqualTo(5);
        assertThat(settings.run().limits().checkTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.run().limits().temperatureStep()).isEqualTo(0.1);
        assertThat(settings.run().limits().maxSteps()).isEqualTo(3);
        assertThat(settings.run().policy().tools()).containsExactly("view_files", "write_files");
        assertThat(settings.run().checks().enabled()).isFalse();
    }

    @Test
    void flag_steps_override_the_files_max_steps() throws IOException {
        projectFile("limits:\n  max-steps: 12\n");
        Map<String, String> flags = new HashMap<>(LOCAL_MODEL);
        flags.put("run.steps", "2");

        assertThat(loader().load(flags).run().limits().maxSteps()).isEqualTo(2);
    }

    @Test
    void a_limit_out_of_range_names_its_key_and_where_limits_are_set() throws IOException {
        Path file = projectFile("limits:\n  max-restarts: -1\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e).hasMessageContaining("limits.max-restarts must be zero or more");
            assertThat(e.hint()).hasValue("limits are set in: " + file);
        });
    }

    @Test
    void no_model_explains_how_to_configure_one() {
        assertThatThrownBy(() -> loader().load(Map.of())).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e).hasMessageContaining("no model is configured");
            assertThat(e.hint())
                    .hasValueSatisfying(hint -> assertThat(hint)
                            .contains("export OPENAI_API_KEY=... and --model gpt-4o")
                            .contains("ollama serve; l2mac codebase \"...\" --base-url http://localhost:11434/v1"
                                    + " --model llama3.1")
                            .contains("~/.l2mac/config.yaml"));
        });
    }

    @Test
    void openai_without_a_key_explains_how_to_give_one() {
        assertThatThrownBy(() -> loader().load(Map.of("llm.model", "gpt-4o")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e).hasMessageContaining("no API key");
                    assertThat(e.hint())
                            .hasValueSatisfying(hint -> assertThat(hint).contains("OPENAI_API_KEY"));
                });
    }

    @Test
    void a_local_server_needs_no_key() {
        assertThat(loader().load(LOCAL_MODEL).llm().hasApiKey()).isFalse();
    }

    @Test
    void relative_paths_resolve_against_the_file_folder_or_the_working_folder() throws IOException {
        userFile("run:\n  workspace: out\n  prompts: prompts.yaml\n");

        Map<String, String> flags = new HashMap<>(LOCAL_MODEL);
        flags.put("run.program", "plan.yaml");
        Settings settings = loader().load(flags);

        assertThat(settings.run().workspace()).isEqualTo(home.resolve(".l2mac/out"));
        assertThat(settings.promptsFile()).contains(home.resolve(".l2mac/prompts.yaml"));
        assertThat(settings.programFile()).contains(project.resolve("plan.yaml"));
    }

    @Test
    void an_empty_file_is_no_settings() throws IOException {
        userFile("");
        projectFile("# nothing yet\n");

        assertThat(loader().load(LOCAL_MODEL).llm().model()).isEqualTo("llama3.1");
    }

    @Test
    void another_user_file_can_replace_the_standard_one() throws IOException {
        userFile("llm:\n  model: standard\n  base_url: http://h/v1\n");
        Path other = Files.writeString(root.resolve("other.yaml"), "llm:\n  model: other\n  base_url: http://h/v1\n");

        ConfigLoader loader = loader().withUserFile(other);

        assertThat(loader.userFile()).isEqualTo(other);
        assertThat(loader.load(Map.of()).llm().model()).isEqualTo("other");
    }

    @Test
    void openai_environment_variables_never_reach_another_provider() {
        Map<String, String> flags = new HashMap<>(LOCAL_MODEL);
        flags.remove("llm.base_url");
        flags.put("llm.api_type", "anthropic");
        ConfigLoader loader = new ConfigLoader(
                root.resolve("none.yaml"),
                root.resolve("none-either.yaml"),
                Map.of("OPENAI_API_KEY", "sk-openai", "OPENAI_BASE_URL", "https://api.openai.com/v1"),
                root);

        LlmSettings llm = loader.load(flags).llm();

        assertThat(llm.apiType()).isEqualTo(LlmSettings.ANTHROPIC);
        assertThat(llm.apiKey()).isNull();
        assertThat(llm.baseUrl()).isNull();
    }

    @Test
    void unsupported_api_type_lists_the_supported_ones() {
        Map<String, String> flags = new HashMap<>(LOCAL_MODEL);
        flags.put("llm.api_type", "cohere");

        assertThatThrownBy(() -> loader().load(flags)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e).hasMessageContaining("llm.api_type \"cohere\"");
            assertThat(e.hint())
                    .hasValueSatisfying(
                            hint -> assertThat(hint).contains(String.join(", ", LlmSettings.SUPPORTED_API_TYPES)));
        });
    }

    @Test
    void every_limit_has_a_key() {
        List<String> limitKeys = ConfigKeys.all().stream()
                .filter(k -> k.section().equals(ConfigKeys.LIMITS))
                .map(ConfigKeys.Key::name)
                .toList();

        assertThat(limitKeys)
                .hasSize(Limits.class.getRecordComponents().length)
                .contains("max-steps", "max-restarts", "check-timeout-seconds", "run-timeout-seconds");
    }

    @Test
    void a_run_setting_that_cannot_work_is_refused_naming_its_key() {
        for (Map.Entry<String, String> bad : Map.of(
                        "llm.temperature",
                        "2.5",
                        "run.languages",
                        "python,cobol",
                        "run.context_savings",
                        "working-files,everything")
                .entrySet()) {
            Map<String, String> flags = new HashMap<>(LOCAL_MODEL);
            flags.put(bad.getKey(), bad.getValue());

            assertThatThrownBy(() -> loader().load(flags))
                    .as(bad.toString())
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(bad.getKey());
        }
    }

    @Test
    void an_empty_tool_name_is_refused_naming_its_key() throws IOException {
        projectFile("run:\n  tools: [view_files, \" \"]\n");

        assertThatThrownBy(() -> loader().load(LOCAL_MODEL))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("run.tools contains an empty tool name");
    }
}
