package dev.l2mac.cli;

import dev.l2mac.cli.invocation.InputFiles;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.config.ConfigLoader;
import dev.l2mac.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options every run command shares. They are handed to the config loader as text, keyed like the config file,
 * as the highest layer, so that the loader alone resolves and validates them; numbers are typed here only so that
 * a malformed one is reported with the option's own name.
 */
final class RunOptions {

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "folder the output is written to (default: l2mac-output in the current folder); "
                    + "run logs are kept in DIR/.l2mac/runs")
    @Nullable
    String workspace;

    @Option(names = "--model", paramLabel = "NAME", description = "model name, e.g. gpt-4o or llama3.1 (llm.model)")
    @Nullable
    String model;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "API root of an OpenAI-compatible server (default: https://api.openai.com/v1)")
    @Nullable
    String baseUrl;

    @Option(
            names = {"--provider", "--api-type"},
            paramLabel = "TYPE",
            description = "openai (default), openai-compatible (vLLM, llama.cpp, LM Studio, Ollama's /v1), "
                    + "anthropic, gemini, azure or ollama (Ollama's native API)")
    @Nullable
    String apiType;

    @Option(names = "--temperature", paramLabel = "T", description = "sampling temperature within [0, 2] (default 0)")
    @Nullable
    Double temperature;

    @Option(names = "--steps", paramLabel = "N", description = "most instructions in the planned prompt program")
    @Nullable
    Integer steps;

    @Option(names = "--program", paramLabel = "FILE", description = "run this prompt program instead of planning one")
    @Nullable
    String program;

    @Option(names = "--prompts", paramLabel = "FILE", description = "use this prompt pack instead of the built-in one")
    @Nullable
    String prompts;

    @Option(names = "--no-checks", description = "do not run syntax and test checks after each instruction")
    boolean noChecks;

    @Option(
            names = "--checks",
            paramLabel = "LANGUAGES",
            split = ",",
            description = "check only these languages: python, java, javascript, typescript (default: every one "
                    + "present; run.languages)")
    @Nullable
    List<String> languages;

    @Option(
            names = "--install-deps",
            description =
                    "before each check, install the packages of a changed"
                            + " requirements.txt, package.json or pom.xml into the workspace's cache, with network (run.install_deps)")
    boolean installDeps;

    @Option(
            names = "--tools",
            paramLabel = "NAMES",
            split = ",",
            description = "comma-separated tools the model may use (default: all)")
    @Nullable
    List<String> tools;

    @Option(
            names = "--max-cost",
            paramLabel = "USD",
            description = "stop before a request that could bring the cost above USD (limits.max-cost-usd)")
    @Nullable
    Double maxCost;

    @Option(
            names = "--max-tokens",
            paramLabel = "N",
            description = "stop before a request that could bring the tokens used above N (limits.max-tokens)")
    @Nullable
    Long maxTokens;

    @Option(
            names = "--max-requests",
            paramLabel = "N",
            description = "send at most N requests to the model (limits.max-requests)")
    @Nullable
    Integer maxRequests;

    @Option(
            names = "--models-file",
            paramLabel = "FILE",
            description = "model facts (context window, prices) adding to the built-in table (run.models_file)")
    @Nullable
    String modelsFile;

    @Option(
            names = "--savings",
            paramLabel = "LIST",
            description =
                    "stale or redundant content to leave out of "
                            + "contexts: all (default), none, or working-files,stale-test-runs,short-passing-tests (run.context_savings)")
    @Nullable
    String savings;

    @Option(
            names = "--stream",
            description = "stream replies, showing tool calls as they form and a running " + "token count (run.stream)")
    boolean stream;

    @Option(
            names = "--require-sandbox",
            description = "refuse to run generated code without a sandbox (bubblewrap) instead of warning")
    boolean requireSandbox;

    @Option(
            names = "--on-failure",
            paramLabel = "POLICY",
            description = "keep (default) or rollback: what becomes of a failed instruction's changes; rollback"
                    + " returns the workspace to the last good commit (run.on_failure)")
    @Nullable
    String onFailure;

    @Option(
            names = "--stack",
            paramLabel = "NAME|DIR",
            description = "the stack a codebase is written in: python, java, typescript, javascript, or a folder"
                    + " holding a stack.yaml of your own; default: the one the task names, else the language of the"
                    + " code already in the workspace, else the model's choice, python by default (run.stack)")
    @Nullable
    String stack;

    @Option(names = "--config", paramLabel = "FILE", description = "user config file (default: ~/.l2mac/config.yaml)")
    @Nullable
    String config;

    @Option(names = "--verbose", description = "show details, including stack traces on failure")
    boolean verbose;

    /** The settings of this invocation: the configuration layers with these options on top, files checked. */
    Settings resolve(Invocation invocation) {
        ConfigLoader loader =
                ConfigLoader.standard(invocation.home(), invocation.workingDir(), invocation.environment());
        if (config != null) {
            Path userFile = invocation.workingDir().resolve(config).normalize();
            InputFiles.requireReadable(userFile, "config file", "--config");
            loader = loader.withUserFile(userFile);
        }
        Settings settings = loader.load(asSettings());
        settings.programFile()
                .ifPresent(file -> InputFiles.requireReadable(file, "program file", "--program or run.program"));
        settings.promptsFile()
                .ifPresent(file -> InputFiles.requireReadable(file, "prompts file", "--prompts or run.prompts"));
        settings.modelsFile()
                .ifPresent(file -> InputFiles.requireReadable(file, "models file", "--models-file or run.models_file"));
        return settings;
    }

    /** The options that were given, by config key; absent options are absent so that lower layers apply. */
    Map<String, String> asSettings() {
        Map<String, String> given = new LinkedHashMap<>();
        putIfGiven(given, "run.workspace", workspace);
        putIfGiven(given, "llm.model", model);
        putIfGiven(given, "llm.base_url", baseUrl);
        putIfGiven(given, "llm.api_type", apiType);
        putIfGiven(given, "llm.temperature", temperature == null ? null : temperature.toString());
        putIfGiven(given, "run.steps", steps == null ? null : steps.toString());
        putIfGiven(given, "run.program", program);
        putIfGiven(given, "run.prompts", prompts);
        putIfGiven(given, "run.tools", tools == null ? null : String.join(",", tools));
        putIfGiven(given, "run.languages", languages == null ? null : String.join(",", languages));
        putIfGiven(given, "limits.max-cost-usd", maxCost == null ? null : maxCost.toString());
        putIfGiven(given, "limits.max-tokens", maxTokens == null ? null : maxTokens.toString());
        putIfGiven(given, "limits.max-requests", maxRequests == null ? null : maxRequests.toString());
        putIfGiven(given, "run.models_file", modelsFile);
        putIfGiven(given, "run.context_savings", savings);
        putIfGiven(given, "run.on_failure", onFailure);
        putIfGiven(given, "run.stack", stack);
        if (noChecks) {
            given.put("run.checks", "false");
        }
        if (stream) {
            given.put("run.stream", "true");
        }
        if (installDeps) {
            given.put("run.install_deps", "true");
        }
        if (requireSandbox) {
            given.put("run.require_sandbox", "true");
        }
        if (verbose) {
            given.put("run.verbose", "true");
        }
        return given;
    }

    private static void putIfGiven(Map<String, String> given, String key, @Nullable String value) {
        if (value != null) {
            given.put(key, value);
        }
    }
}
