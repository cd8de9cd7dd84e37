package dev.l2mac.api;

import dev.l2mac.check.CommandCheck;
import dev.l2mac.check.Language;
import dev.l2mac.config.ConfigException;
import dev.l2mac.config.LlmSettings;
import dev.l2mac.config.Settings;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.LimitsBuilder;
import dev.l2mac.settings.OnFailure;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Composes an {@link L2mac} from objects: a model client (or resolved configuration, as the {@code l2mac} command
 * does), a workspace, limits and the run's policy. Every setting has a default except the model. Nothing is
 * checked against the machine until {@link #build()}, which validates everything and names the builder method of
 * a setting that cannot work (the configuration key and flag when the settings came from {@link #settings}).
 */
public final class L2macBuilder {
    private Optional<LlmClient> llm = Optional.empty();
    private Optional<LlmSettings> configuredModel = Optional.empty();
    private Map<String, String> environment = System.getenv();
    private RunSettings run = RunSettings.defaults(Path.of(RunSettings.DEFAULT_WORKSPACE));
    private double temperature = RunSettings.DEFAULT_TEMPERATURE;
    private Optional<Path> prompts = Optional.empty();
    private Optional<Path> programFile = Optional.empty();
    private Optional<PromptProgram> program = Optional.empty();
    private Optional<Path> modelsFile = Optional.empty();
    private Optional<String> stack = Optional.empty();
    private RunListener listener = RunListener.NONE;
    private RetryPolicy retries = RetryPolicy.DEFAULT;
    private boolean stream;
    private Optional<Map<String, Object>> description = Optional.empty();
    private BuildChecks.Naming naming = BuildChecks.Naming.BUILDER;

    L2macBuilder() {}

    /**
     * Everything from resolved configuration, as the {@code l2mac} command does: the model is connected at
     * {@link #build()}, with keys and endpoints not configured read from {@link #environment}.
     */
    public L2macBuilder settings(Settings settings) {
        configuredModel = Optional.of(settings.llm());
        run = settings.run();
        temperature = settings.run().temperature();
        prompts = settings.promptsFile();
        programFile = settings.programFile();
        modelsFile = settings.modelsFile();
        stream = settings.stream();
        description = Optional.of(settings.describeWithoutSecrets());
        naming = BuildChecks.Naming.CONFIGURATION;
        return this;
    }

    /**
     * The model: a provider's ({@code OpenAi.model("gpt-4o").build()}, {@link Anthropic}, {@link Gemini},
     * {@link AzureOpenAi}, {@link Ollama}) or a client of your own, such as a {@code ScriptedLlm} in tests.
     */
    public L2macBuilder llm(LlmClient client) {
        this.llm = Optional.of(Objects.requireNonNull(client, "client"));
        return this;
    }

    /** Where provider keys and endpoints not configured are read from; the process environment by default. */
    public L2macBuilder environment(Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    /** The folder the output is written to; runs are recorded under its {@code .l2mac/runs}. */
    public L2macBuilder workspace(Path folder) {
        run = run.withWorkspace(Objects.requireNonNull(folder, "folder"));
        return this;
    }

    /** The sampling temperature at the start of each instruction, within [0, 2]; 0 by default. */
    public L2macBuilder temperature(double sampling) {
        this.temperature = sampling;
        return this;
    }

    public L2macBuilder limits(Limits limits) {
        run = run.withLimits(Objects.requireNonNull(limits, "limits"));
        return this;
    }

    /**
     * Changes the limits set so far by name, e.g. {@code limits(l -> l.maxSteps(12).maxCorrectionRounds(4))}.
     *
     * @throws IllegalArgumentException naming the {@code limits.*} key of an invalid value
     */
    public L2macBuilder limits(UnaryOperator<LimitsBuilder> change) {
        return limits(change.apply(run.limits().toBuilder()).build());
    }

    /** Whether syntax and tests are checked after each instruction (codebase domain); on by default. */
    public L2macBuilder checks(boolean on) {
        run = run.withChecks(run.checks().withEnabled(on));
        return this;
    }

    /** Check only these languages; none named: every language whose files the workspace has. */
    public L2macBuilder languages(Language... checked) {
        run = run.withChecks(run.checks().withLanguages(Set.of(checked)));
        return this;
    }

    /** The user's own checks (a linter, a type checker), run after the languages' checks; none by default. */
    public L2macBuilder commandChecks(List<CommandCheck> checks) {
        run = run.withChecks(run.checks().withCommands(checks));
        return this;
    }

    /**
     * Whether each check first installs the packages of a changed manifest into the workspace's dependency cache,
     * as {@code l2mac deps} does (the package managers may use the network); off by default.
     */
    public L2macBuilder installDependencies(boolean install) {
        run = run.withChecks(run.checks().withInstallDependencies(install));
        return this;
    }

    /** Restricts the tools offered to these names; {@code sub_task_step_complete} is always offered. */
    public L2macBuilder tools(String... names) {
        run = run.withPolicy(run.policy().withTools(List.of(names)));
        return this;
    }

    /** Which stale or redundant content the context builder leaves out; all of it by default. */
    public L2macBuilder contextSavings(Set<ContextSaving> savings) {
        run = run.withPolicy(run.policy().withSavings(savings));
        return this;
    }

    /**
     * Whether a failed instruction's changes stay in the workspace ({@code KEEP}, the default) or are rolled back
     * to the last good commit ({@code ROLLBACK}).
     */
    public L2macBuilder onFailure(OnFailure policy) {
        run = run.withPolicy(run.policy().withOnFailure(Objects.requireNonNull(policy, "policy")));
        return this;
    }

    /** Refuse to run generated code without a sandbox (bubblewrap), instead of running it with a warning. */
    public L2macBuilder requireSandbox(boolean require) {
        run = run.withPolicy(run.policy().withRequireSandbox(require));
        return this;
    }

    /**
     * The stack a codebase is written in, each with its own prompts and tools: a built-in one by name
     * ({@code python}, {@code java}, {@code typescript} or {@code javascript}), or a stack of your own, the path of a
     * folder holding its {@code stack.yaml} and prompt files. By default, the one the task names; for a task that
     * names none, the model chooses as it plans, Python by default.
     */
    public L2macBuilder stack(String name) {
        this.stack = Optional.of(Objects.requireNonNull(name, "name"));
        return this;
    }

    /** A prompt pack file (YAML) whose prompts replace the built-in ones. */
    public L2macBuilder prompts(Path file) {
        this.prompts = Optional.of(file);
        return this;
    }

    /** Runs these instructions instead of asking the model for a plan. */
    public L2macBuilder program(List<String> instructions) {
        this.program = Optional.of(PromptProgram.of(instructions));
        return this;
    }

    /** Runs the instructions of this file (a YAML list) instead of asking the model for a plan. */
    public L2macBuilder programFile(Path file) {
        this.programFile = Optional.of(file);
        return this;
    }

    /**
     * A YAML file of model facts (context window, maximum output, prices per million tokens, tokenizer) that adds
     * to or overrides the built-in table, in its shape.
     */
    public L2macBuilder modelsFile(Path file) {
        this.modelsFile = Optional.of(file);
        return this;
    }

    /** How failed requests are tried again; {@link RetryPolicy#DEFAULT} by default. */
    public L2macBuilder retries(RetryPolicy policy) {
        this.retries = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Ask for replies as streams and show them to the listener as they form ({@code ToolCallForming},
     * {@code ReplyStreaming}); the server must support streaming.
     */
    public L2macBuilder stream(boolean on) {
        this.stream = on;
        return this;
    }

    /** Receives every event of the run, after the run's event log has it. */
    public L2macBuilder listener(RunListener events) {
        this.listener = Objects.requireNonNull(events, "events");
        return this;
    }

    /**
     * Validates every setting and connects the model.
     *
     * @throws ConfigException naming the setting that cannot work and saying what to do
     */
    public L2mac build() {
        LlmClient client = client();
        if (stream) {
            client = new StreamingLlm(client, listener);
        }
        RunSettings settings = BuildChecks.stack(run, stack, naming)
                .withTemperature(BuildChecks.temperature(temperature, naming))
                .withWorkspace(run.workspace().toAbsolutePath().normalize());
        ModelRegistry models = BuildChecks.registry(modelsFile, naming);
        Map<Domain, PromptPack> packs = BuildChecks.promptPacks(prompts, naming);
        BuildChecks.machine(client, settings, packs, naming);
        Map<String, Object> described = description.orElse(Map.of(
                "model",
                client.modelName(),
                "checks",
                settings.checks().enabled(),
                "tools",
                settings.policy().tools()));
        return new L2mac(
                client,
                settings,
                packs,
                BuildChecks.program(program, programFile, naming),
                models,
                retries,
                listener,
                described);
    }

    private LlmClient client() {
        if (llm.isPresent()) {
            return llm.get();
        }
        if (configuredModel.isPresent()) {
            return ConfiguredModel.connect(configuredModel.get(), environment);
        }
        throw new ConfigException(
                "no model: call llm(...) with a provider's model, such as "
                        + "llm(OpenAi.model(\"gpt-4o\").build()), or with a client of your own",
                "the providers are OpenAi, Anthropic, Gemini, AzureOpenAi and Ollama in dev.l2mac.api");
    }
}
