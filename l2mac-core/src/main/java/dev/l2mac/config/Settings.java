package dev.l2mac.config;

import dev.l2mac.check.CommandCheck;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.OnFailure;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run needs to know, resolved from every configuration layer; an invalid combination cannot be
 * built, and {@link #describeWithoutSecrets()} is the form that may be written to disk.
 *
 * @param llm         how to reach the model
 * @param limits      every bound of the control loop
 * @param workspace   the folder the run writes its output (the file store) to
 * @param programFile a prompt program to run instead of asking the model for one, or {@code null}
 * @param promptsFile a prompt pack replacing the built-in prompts, or {@code null}
 * @param checks      whether syntax and test checks run after each instruction
 * @param tools       names of the tools the model may use; empty means all
 * @param verbose     whether to show details, including stack traces, on failure
 * @param modelsFile  a table of model facts adding to or replacing the built-in one, or {@code null}
 * @param requireSandbox whether running generated code without a sandbox is an error rather than a warning
 * @param stream      whether replies are streamed, so that progress shows them as they are generated
 * @param contextSavings which stale or redundant content the context builder leaves out: {@code all},
 *                    {@code none}, or names such as {@code working-files,stale-test-runs}
 * @param onFailure   whether a failed instruction's changes are kept or rolled back to the last good commit
 * @param languages   the languages checked (python, java, javascript, typescript); empty: every one present
 * @param commandChecks the user's own checks (a linter, a type checker), run after the languages' checks
 * @param installDependencies whether each check first installs the packages of a changed manifest, with network
 */
public record Settings(
        LlmSettings llm,
        Limits limits,
        Path workspace,
        Path programFile,
        Path promptsFile,
        boolean checks,
        List<String> tools,
        boolean verbose,
        Path modelsFile,
        boolean requireSandbox,
        boolean stream,
        String contextSavings,
        OnFailure onFailure,
        List<String> languages,
        List<CommandCheck> commandChecks,
        boolean installDependencies) {

    /** The workspace folder, under the current directory, when none is configured. */
    public static final String DEFAULT_WORKSPACE = "l2mac-output";

    public Settings {
        if (llm == null) {
            throw new ConfigException("llm settings are missing");
        }
        if (limits == null) {
            throw new ConfigException("limits are missing");
        }
        if (workspace == null) {
            throw new ConfigException("run.workspace is not set", "pass --workspace DIR");
        }
        onFailure = onFailure == null ? OnFailure.KEEP : onFailure;
        languages = languages == null ? List.of() : languages.stream().map(String::strip).toList();
        commandChecks = commandChecks == null ? List.of() : List.copyOf(commandChecks);
        tools = tools == null ? List.of() : tools.stream().map(String::strip).toList();
        contextSavings = contextSavings == null ? "all" : contextSavings.strip();
        try {
            ContextSaving.parse(contextSavings);
        } catch (IllegalArgumentException unknown) {
            throw new ConfigException("run.context_savings: " + unknown.getMessage(), "for example all, none, or "
                    + "working-files,stale-test-runs");
        }
        if (tools.stream().anyMatch(String::isEmpty)) {
            throw new ConfigException("run.tools contains an empty tool name", "list tool names, e.g. --tools "
                    + "view_files,write_files");
        }
    }

    public Optional<Path> program() {
        return Optional.ofNullable(programFile);
    }

    /** The context savings this run uses. */
    public java.util.Set<ContextSaving> savings() {
        return ContextSaving.parse(contextSavings);
    }

    public Optional<Path> models() {
        return Optional.ofNullable(modelsFile);
    }

    public Optional<Path> prompts() {
        return Optional.ofNullable(promptsFile);
    }

    /**
     * The settings as nested maps in the shape of the config file ({@code llm}, {@code limits}, {@code run}),
     * with the API key replaced by whether one is set: the form that goes into {@code run.json}.
     */
    public Map<String, Object> describeWithoutSecrets() {
        Map<String, Object> llmPart = new LinkedHashMap<>();
        llmPart.put("api_type", llm.apiType());
        llmPart.put("model", llm.model());
        llmPart.put("base_url", llm.baseUrlWithoutCredentials());
        llmPart.put("api_key_set", llm.hasApiKey());
        llmPart.put("temperature", llm.temperature());
        llmPart.put("timeout_seconds", llm.requestTimeout().toSeconds());
        Map<String, Object> runPart = new LinkedHashMap<>();
        runPart.put("workspace", workspace.toString());
        runPart.put("program", program().map(Path::toString).orElse(null));
        runPart.put("prompts", prompts().map(Path::toString).orElse(null));
        runPart.put("checks", checks);
        runPart.put("tools", tools);
        runPart.put("verbose", verbose);
        runPart.put("models_file", models().map(Path::toString).orElse(null));
        runPart.put("require_sandbox", requireSandbox);
        runPart.put("stream", stream);
        runPart.put("context_savings", contextSavings);
        runPart.put("on_failure", onFailure.spelling());
        runPart.put("languages", languages);
        runPart.put("command_checks", commandChecks.stream().map(check -> Map.of("name", check.name(),
                "command", check.command(), "extensions", check.extensions())).toList());
        runPart.put("install_deps", installDependencies);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("llm", llmPart);
        all.put("limits", LimitsKeys.describe(limits));
        all.put("run", runPart);
        return all;
    }
}
