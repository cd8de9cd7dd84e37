package dev.l2mac.cli.invocation;

import dev.l2mac.config.ConfigLoader;
import dev.l2mac.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that choose and reach the model, for commands that are not runs of one task (the evaluations).
 * Like {@link RunOptions}, they are handed to the config loader as the highest layer, keyed like the config file.
 */
public final class ModelOptions {

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
            description = "openai (default), openai-compatible, anthropic, gemini, azure or ollama (llm.api_type)")
    @Nullable
    String apiType;

    @Option(names = "--temperature", paramLabel = "T", description = "sampling temperature within [0, 2] (default 0)")
    @Nullable
    Double temperature;

    @Option(names = "--config", paramLabel = "FILE", description = "user config file (default: ~/.l2mac/config.yaml)")
    @Nullable
    String config;

    @Option(names = "--verbose", description = "show details, including stack traces on failure")
    boolean verbose;

    /** Whether {@code --verbose} was given. */
    public boolean verbose() {
        return verbose;
    }

    /** The settings of this invocation: the configuration layers with these options on top. */
    public Settings resolve(Invocation invocation) {
        ConfigLoader loader =
                ConfigLoader.standard(invocation.home(), invocation.workingDir(), invocation.environment());
        if (config != null) {
            Path userFile = invocation.workingDir().resolve(config).normalize();
            InputFiles.requireReadable(userFile, "config file", "--config");
            loader = loader.withUserFile(userFile);
        }
        return loader.load(asSettings());
    }

    public Map<String, String> asSettings() {
        Map<String, String> given = new LinkedHashMap<>();
        if (model != null) {
            given.put("llm.model", model);
        }
        if (baseUrl != null) {
            given.put("llm.base_url", baseUrl);
        }
        if (apiType != null) {
            given.put("llm.api_type", apiType);
        }
        if (temperature != null) {
            given.put("llm.temperature", temperature.toString());
        }
        if (verbose) {
            given.put("run.verbose", "true");
        }
        return given;
    }
}
