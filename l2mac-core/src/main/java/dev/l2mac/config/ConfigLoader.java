package dev.l2mac.config;

import dev.l2mac.check.CommandCheck;
import dev.l2mac.check.Language;
import dev.l2mac.config.ConfigKeys.Key;
import dev.l2mac.process.sandbox.SecretFiles;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.OnFailure;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stack;
import dev.l2mac.stack.StackFileException;
import dev.l2mac.stack.Stacks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads {@link Settings} by merging, lowest first: the defaults, {@code OPENAI_API_KEY}/{@code OPENAI_BASE_URL},
 * the user file, the project file, {@code L2MAC_*} variables, and the flags. Every layer is checked in full, even
 * where a higher one overrides it, so a broken file is reported the first time it is read.
 */
public final class ConfigLoader {

    /** The user file, relative to the home folder. */
    public static final String USER_FILE = ".l2mac/config.yaml";
    /** The project file, relative to the working folder. */
    public static final String PROJECT_FILE = "l2mac.yaml";

    private final Path userFile;
    private final Path projectFile;
    private final Map<String, String> environment;
    private final Path workingDir;

    /**
     * @param userFile    the user's config file; it may be missing
     * @param projectFile the project's config file; it may be missing
     * @param environment the process environment (or a test's)
     * @param workingDir  where relative paths from the environment and flags, and the default workspace, resolve
     */
    public ConfigLoader(Path userFile, Path projectFile, Map<String, String> environment, Path workingDir) {
        this.userFile = userFile;
        this.projectFile = projectFile;
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** The standard locations: {@code <home>/.l2mac/config.yaml} and {@code <workingDir>/l2mac.yaml}. */
    public static ConfigLoader standard(Path home, Path workingDir, Map<String, String> environment) {
        return new ConfigLoader(home.resolve(USER_FILE), workingDir.resolve(PROJECT_FILE), environment, workingDir);
    }

    /** The same loader reading another user file (the {@code --config} option). */
    public ConfigLoader withUserFile(Path file) {
        return new ConfigLoader(file, projectFile, environment, workingDir);
    }

    public Path userFile() {
        return userFile;
    }

    public Path projectFile() {
        return projectFile;
    }

    /**
     * @param flags settings from the command line by key ({@code llm.model}, {@code run.steps}, ...), text values
     * @throws ConfigException naming the key and its source when any layer is invalid or no model is configured
     */
    public Settings load(Map<String, String> flags) {
        // Either file may hold an API key: generated code must never read it, wherever it lies.
        SecretFiles.register(userFile);
        SecretFiles.register(projectFile);
        Map<String, ConfigValue> merged = new LinkedHashMap<>();
        for (Layer layer : List.of(
                Layer.defaults(workingDir),
                EnvironmentLayer.openAi(environment, workingDir),
                YamlLayer.read(userFile),
                YamlLayer.read(projectFile),
                EnvironmentLayer.l2mac(environment, workingDir),
                Layer.flags(flags, workingDir))) {
            merged.putAll(layer.values());
        }
        return build(merged, workingDir);
    }

    private static Settings build(Map<String, ConfigValue> merged, Path workingDir) {
        String apiType = (String) value(merged, ConfigKeys.API_TYPE);
        if (!LlmSettings.speaksOpenAi(LlmSettings.canonicalApiType(apiType))) {
            // OPENAI_API_KEY and OPENAI_BASE_URL belong to OpenAI; never send them to another provider.
            merged.values().removeIf(EnvironmentLayer::fromOpenAiVariable);
        }
        LlmSettings llm = new LlmSettings(
                apiType,
                // no model reads as a blank one, which LlmSettings refuses naming the key
                Objects.requireNonNullElse((String) optional(merged, ConfigKeys.MODEL), ""),
                (String) optional(merged, ConfigKeys.BASE_URL),
                (String) optional(merged, ConfigKeys.API_KEY),
                (Duration) value(merged, ConfigKeys.TIMEOUT));
        RunSettings run = new RunSettings(
                (Path) value(merged, ConfigKeys.WORKSPACE),
                temperature((Double) value(merged, ConfigKeys.TEMPERATURE)),
                LimitsKeys.build(merged),
                new CheckSettings(
                        (Boolean) value(merged, ConfigKeys.CHECKS), languages(merged), commandChecks(merged), (Boolean)
                                value(merged, ConfigKeys.INSTALL_DEPS)),
                new RunPolicy(
                        tools(merged),
                        onFailure(defaulted(merged, ConfigKeys.ON_FAILURE)),
                        savings(merged),
                        (Boolean) value(merged, ConfigKeys.REQUIRE_SANDBOX),
                        stack(merged, workingDir)));
        return new Settings(
                llm,
                run,
                Optional.ofNullable((Path) optional(merged, ConfigKeys.PROGRAM)),
                Optional.ofNullable((Path) optional(merged, ConfigKeys.PROMPTS)),
                Optional.ofNullable((Path) optional(merged, ConfigKeys.MODELS_FILE)),
                (Boolean) value(merged, ConfigKeys.VERBOSE),
                (Boolean) value(merged, ConfigKeys.STREAM));
    }

    private static double temperature(double temperature) {
        if (!RunSettings.validTemperature(temperature)) {
            throw new ConfigException(
                    ConfigKeys.TEMPERATURE.full() + " must be a number within [0, 2], was " + temperature);
        }
        return temperature;
    }

    private static List<String> tools(Map<String, ConfigValue> merged) {
        List<String> tools = list(merged, ConfigKeys.TOOLS).stream()
                .map(String.class::cast)
                .map(String::strip)
                .toList();
        if (tools.stream().anyMatch(String::isEmpty)) {
            throw new ConfigException(
                    ConfigKeys.TOOLS.full() + " contains an empty tool name",
                    "list tool names, e.g. --tools view_files,write_files");
        }
        return tools;
    }

    private static Set<Language> languages(Map<String, ConfigValue> merged) {
        List<String> names = list(merged, ConfigKeys.LANGUAGES).stream()
                .map(String.class::cast)
                .toList();
        try {
            return names.isEmpty() ? Set.of() : Language.parseList(String.join(",", names));
        } catch (IllegalArgumentException unknown) {
            throw new ConfigException(
                    ConfigKeys.LANGUAGES.full() + ": " + unknown.getMessage(),
                    "name some of python, java, javascript, typescript, or leave it out to check every one present");
        }
    }

    private static List<CommandCheck> commandChecks(Map<String, ConfigValue> merged) {
        return list(merged, ConfigKeys.COMMAND_CHECKS).stream()
                .map(CommandCheck.class::cast)
                .toList();
    }

    /** The list a key holds; empty when no layer sets it. */
    private static List<?> list(Map<String, ConfigValue> merged, Key key) {
        return optional(merged, key) instanceof List<?> values ? values : List.of();
    }

    private static Set<ContextSaving> savings(Map<String, ConfigValue> merged) {
        try {
            return ContextSaving.parse((String) value(merged, ConfigKeys.CONTEXT_SAVINGS));
        } catch (IllegalArgumentException unknown) {
            throw new ConfigException(
                    ConfigKeys.CONTEXT_SAVINGS.full() + ": " + unknown.getMessage(),
                    "for example all, none, or working-files,stale-test-runs");
        }
    }

    private static OnFailure onFailure(ConfigValue configured) {
        try {
            return OnFailure.named((String) configured.value());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    ConfigKeys.ON_FAILURE.full() + " is '" + configured.value() + "' in " + configured.origin()
                            + ", which is not a failure policy",
                    "use keep (leave a failed instruction's changes) or rollback (return to the last good commit)");
        }
    }

    /** The configured stack, or none: the run takes the one its task names. */
    private static Optional<Stack> stack(Map<String, ConfigValue> merged, Path workingDir) {
        ConfigValue configured = merged.get(ConfigKeys.STACK.full());
        if (configured == null) {
            return Optional.empty();
        }
        String name = (String) configured.value();
        String where = ConfigKeys.STACK.full() + " is '" + name + "' in " + configured.origin();
        try {
            return Optional.of(Stacks.resolve(name, workingDir)
                    .orElseThrow(() -> new ConfigException(
                            where + ", which is not a stack",
                            "use " + Stacks.choices()
                                    + ", or leave it out to take the stack the task names (or the model's choice)")));
        } catch (StackFileException broken) {
            throw new ConfigException(where + ": " + broken.getMessage(), "fix the stack's folder");
        }
    }

    /** The value of a key that the defaults set, so that every merge has it. */
    static ConfigValue defaulted(Map<String, ConfigValue> merged, Key key) {
        return Objects.requireNonNull(merged.get(key.full()), () -> key.full() + " has no default");
    }

    private static Object value(Map<String, ConfigValue> merged, Key key) {
        return defaulted(merged, key).value();
    }

    private static @Nullable Object optional(Map<String, ConfigValue> merged, Key key) {
        ConfigValue found = merged.get(key.full());
        return found == null ? null : found.value();
    }
}
