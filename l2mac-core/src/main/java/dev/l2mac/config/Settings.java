package dev.l2mac.config;

import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the command needs for one run, resolved from every configuration layer: how to reach the model, the
 * run's settings, the files it reads, and how it reports; {@link #describeWithoutSecrets()} is the form that may be
 * written to disk.
 *
 * @param llm         how to reach the model
 * @param run         what the machine is assembled from (workspace, temperature, limits, checks, policy)
 * @param programFile a prompt program to run instead of asking the model for one
 * @param promptsFile a prompt pack replacing the built-in prompts
 * @param modelsFile  a table of model facts adding to or replacing the built-in one
 * @param verbose     whether to show details, including stack traces, on failure
 * @param stream      whether replies are streamed, so that progress shows them as they are generated
 */
public record Settings(
        LlmSettings llm,
        RunSettings run,
        Optional<Path> programFile,
        Optional<Path> promptsFile,
        Optional<Path> modelsFile,
        boolean verbose,
        boolean stream) {

    public Settings {
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(programFile, "programFile");
        Objects.requireNonNull(promptsFile, "promptsFile");
        Objects.requireNonNull(modelsFile, "modelsFile");
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
        llmPart.put("temperature", run.temperature());
        llmPart.put("timeout_seconds", llm.requestTimeout().toSeconds());
        Map<String, Object> runPart = new LinkedHashMap<>();
        runPart.put("workspace", run.workspace().toString());
        runPart.put("program", programFile.map(Path::toString).orElse(null));
        runPart.put("prompts", promptsFile.map(Path::toString).orElse(null));
        runPart.put("checks", run.checks().enabled());
        runPart.put("tools", run.policy().tools());
        runPart.put("verbose", verbose);
        runPart.put("models_file", modelsFile.map(Path::toString).orElse(null));
        runPart.put("require_sandbox", run.policy().requireSandbox());
        runPart.put("stream", stream);
        runPart.put("context_savings", ContextSaving.spelled(run.policy().savings()));
        runPart.put("on_failure", run.policy().onFailure().spelling());
        runPart.put(
                "languages",
                run.checks().languages().stream()
                        .map(language -> language.key())
                        .sorted()
                        .toList());
        runPart.put(
                "command_checks",
                run.checks().commands().stream()
                        .map(check -> Map.of(
                                "name", check.name(), "command", check.command(), "extensions", check.extensions()))
                        .toList());
        runPart.put("install_deps", run.checks().installDependencies());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("llm", llmPart);
        all.put("limits", LimitsKeys.describe(run.limits()));
        all.put("run", runPart);
        return all;
    }
}
