package dev.l2mac.api;

import dev.l2mac.check.CommandCheck;
import dev.l2mac.config.ConfigException;
import dev.l2mac.config.LlmSettings;
import dev.l2mac.config.Settings;
import dev.l2mac.control.ContextSaving;
import dev.l2mac.control.Limits;
import dev.l2mac.control.LimitsBuilder;
import dev.l2mac.control.Machine;
import dev.l2mac.control.MachineSetup;
import dev.l2mac.control.OnFailure;
import dev.l2mac.control.RunRequest;
import dev.l2mac.control.RunResult;
import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.deps.Installation;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.provider.ApiType;
import dev.l2mac.llm.provider.ProviderSettings;
import dev.l2mac.llm.provider.Providers;
import dev.l2mac.process.sandbox.Network;
import dev.l2mac.process.sandbox.SandboxUnavailableException;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.program.Domain;
import dev.l2mac.program.ProgramFile;
import dev.l2mac.program.ProgramFileException;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.run.RunManifest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Runs L2MAC from Java: one task in, a whole codebase (or book) out, written into the workspace.
 *
 * <pre>{@code
 * RunResult result = L2mac.builder()
 *         .model("gpt-4o").apiKey(System.getenv("OPENAI_API_KEY"))
 *         .workspace(Path.of("url-shortener"))
 *         .build()
 *         .codebase("Build a URL shortener web app with tests");
 * }</pre>
 *
 * A run never throws for what the model or the generated code does; its outcome is in the {@link RunResult}.
 * Invalid settings fail {@link Builder#build()} with a {@link ConfigException} that names the setting.
 */
public final class L2mac {
    private final LlmClient llm;
    private final Path workspace;
    private final Limits limits;
    private final double temperature;
    private final boolean checks;
    private final List<String> tools;
    private final Optional<Path> prompts;
    private final Optional<PromptProgram> program;
    private final RunListener listener;
    private final RetryPolicy retries;
    private final ModelRegistry models;
    private final boolean requireSandbox;
    private final Set<ContextSaving> savings;
    private final OnFailure onFailure;
    private final List<String> languages;
    private final List<CommandCheck> commandChecks;
    private final boolean installDependencies;
    private final Map<String, Object> description;

    private L2mac(Builder builder, LlmClient llm, Optional<PromptProgram> program) {
        this.llm = llm;
        this.workspace = builder.workspace.toAbsolutePath().normalize();
        this.limits = builder.limits;
        this.temperature = builder.temperature;
        this.checks = builder.checks;
        this.tools = List.copyOf(builder.tools);
        this.prompts = Optional.ofNullable(builder.prompts);
        this.program = program;
        this.listener = builder.listener;
        this.retries = builder.retries;
        this.models = builder.registry();
        this.requireSandbox = builder.requireSandbox;
        this.savings = builder.savings;
        this.onFailure = builder.onFailure;
        this.languages = builder.languages;
        this.commandChecks = builder.commandChecks;
        this.installDependencies = builder.installDependencies;
        this.description = builder.description;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The client for the model that {@code settings} name, as {@link Builder#build()} connects it; provider keys and
     * endpoints not set in {@code settings} are read from {@code environment}.
     */
    public static LlmClient connect(LlmSettings settings, Map<String, String> environment) {
        try {
            return Providers.connect(ProviderSettings.withEnvironment(ApiType.parse(settings.apiType()),
                    settings.model(), settings.baseUrl(), settings.apiKey(), settings.requestTimeout(),
                    environment));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigException(invalid.getMessage(), "see the README's Configuration section for each "
                    + "provider's settings");
        }
    }

    /**
     * Installs what the manifests at the workspace root list ({@code requirements.txt}, {@code package.json},
     * {@code pom.xml}) into its {@code .l2mac/deps}, where the checks and tools find it: the only step that uses the
     * network for the generated project, run in the sandbox found here with the network open (unconfined where
     * there is none). Nothing is installed again for a manifest that did not change. One result per ecosystem.
     *
     * @throws SandboxUnavailableException when {@code requireSandbox} is set and there is no sandbox
     */
    public static List<Installation> installDependencies(Path workspace, boolean requireSandbox) {
        return new DependencyInstaller(Sandboxes.runner(Sandboxes.detected(), DependencyInstaller.SANDBOX_LIMITS,
                requireSandbox, Network.OPEN)).install(workspace);
    }

    /** Writes a codebase for the task, checking syntax and tests after every instruction. */
    public RunResult codebase(String task) {
        return run(Domain.CODEBASE, task);
    }

    /** Writes a long text for the task, one part per instruction. */
    public RunResult book(String task) {
        return run(Domain.BOOK, task);
    }

    /** Runs the task in a domain: a codebase or a book. */
    public RunResult run(Domain domain, String task) {
        PromptPack pack = promptPack(domain);
        return assemble(() -> setup(domain, pack)).saving(savings)
                .run(new RunRequest(domain, task, program, workspace, description), listener);
    }

    /**
     * Continues the run {@code runId} of the workspace, or the run that started last there when it is empty, where
     * it stopped: nothing the model answered is asked again and no finished tool call is executed again. Limits
     * may differ from the original run's (to continue with more room); what decides the run's path may not.
     *
     * @throws ResumeException when the run cannot be resumed; the message says why and what to do
     */
    public RunResult resume(Optional<String> runId) {
        Domain domain = recordedDomain(runId);
        PromptPack pack = promptPack(domain);
        return assemble(() -> setup(domain, pack)).saving(savings).resume(workspace, runId, listener);
    }

    private MachineSetup setup(Domain domain, PromptPack pack) {
        return new MachineSetup(llm, workspace, domain, pack, limits, temperature, checks, tools, retries, models,
                requireSandbox, onFailure, languages, commandChecks, installDependencies);
    }

    private Domain recordedDomain(Optional<String> runId) {
        try {
            Optional<RunFolder> folder = runId.isPresent() ? Optional.of(RunFolder.existing(workspace, runId.get()))
                    : RunFolder.latest(workspace);
            String recorded = folder.isEmpty() ? "" : folder.get().readRun().map(RunManifest::domain).orElse("");
            return recorded.isEmpty() ? Domain.CODEBASE : Domain.parse(recorded);
        } catch (IllegalArgumentException unknown) {
            throw new ResumeException("cannot resume: the run records an " + unknown.getMessage()
                    + "; its run.json is damaged: start a new run", unknown);
        } catch (java.io.IOException e) {
            throw new ResumeException("cannot resume: " + e.getMessage() + "; 'l2mac runs --workspace "
                    + workspace + "' lists the runs there", e);
        }
    }

    private static Machine assemble(java.util.function.Supplier<MachineSetup> setup) {
        try {
            return setup.get().assemble();
        } catch (SandboxUnavailableException noSandbox) {
            throw new ConfigException(noSandbox.getMessage(), "install bubblewrap, or leave out --require-sandbox");
        } catch (IllegalArgumentException invalid) {
            String message = invalid.getMessage();
            throw message.startsWith("run.") ? new ConfigException(message, "see l2mac codebase --help")
                    : new ConfigException("run.tools: " + message,
                            "pass tool names from that list to --tools, separated by commas");
        }
    }

    private PromptPack promptPack(Domain domain) {
        try {
            PromptPack pack = PromptPack.builtIn(domain);
            return prompts.isPresent() ? pack.withOverrides(prompts.get()) : pack;
        } catch (PromptPackException e) {
            throw new ConfigException(e.getMessage(), "fix the prompts file, or leave out --prompts");
        }
    }

    /** Settings for a run; every one has a default except the model (or a client of your own). */
    public static final class Builder {
        private LlmClient llm;
        private String apiType = LlmSettings.OPENAI;
        private String model;
        private String baseUrl;
        private String apiKey;
        private double temperature = LlmSettings.DEFAULT_TEMPERATURE;
        private Duration requestTimeout = LlmSettings.DEFAULT_REQUEST_TIMEOUT;
        private Path workspace = Path.of(Settings.DEFAULT_WORKSPACE);
        private Limits limits = Limits.DEFAULTS;
        private boolean checks = true;
        private List<String> tools = List.of();
        private Path prompts;
        private Path programFile;
        private PromptProgram program;
        private RunListener listener = RunListener.NONE;
        private RetryPolicy retries = RetryPolicy.DEFAULT;
        private Path modelsFile;
        private boolean requireSandbox;
        private OnFailure onFailure = OnFailure.KEEP;
        private List<String> languages = List.of();
        private List<CommandCheck> commandChecks = List.of();
        private boolean installDependencies;
        private Map<String, String> environment = System.getenv();
        private boolean stream;
        private Set<ContextSaving> savings = ContextSaving.all();
        private Map<String, Object> description;

        private Builder() {
        }

        /** Everything from resolved configuration, as the {@code l2mac} command does. */
        public Builder settings(Settings settings) {
            LlmSettings llmSettings = settings.llm();
            apiType = llmSettings.apiType();
            model = llmSettings.model();
            baseUrl = llmSettings.baseUrl();
            apiKey = llmSettings.apiKey();
            temperature = llmSettings.temperature();
            requestTimeout = llmSettings.requestTimeout();
            workspace = settings.workspace();
            limits = settings.limits();
            checks = settings.checks();
            tools = settings.tools();
            prompts = settings.promptsFile();
            programFile = settings.programFile();
            modelsFile = settings.modelsFile();
            requireSandbox = settings.requireSandbox();
            onFailure = settings.onFailure();
            languages = settings.languages();
            commandChecks = settings.commandChecks();
            installDependencies = settings.installDependencies();
            stream = settings.stream();
            savings = settings.savings();
            description = settings.describeWithoutSecrets();
            return this;
        }

        /** The model's name at the provider, such as {@code gpt-4o} or {@code llama3.1}. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** An OpenAI-compatible server's base URL (vLLM, llama.cpp, LM Studio, Ollama's {@code /v1}). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** A client of your own instead of a model by name, for example a {@code ScriptedLlm} in tests. */
        public Builder llm(LlmClient client) {
            this.llm = client;
            return this;
        }

        /** The folder the output is written to; runs are recorded under its {@code .l2mac/runs}. */
        public Builder workspace(Path workspace) {
            this.workspace = Objects.requireNonNull(workspace, "workspace");
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Changes the limits set so far by name, e.g. {@code limits(l -> l.maxSteps(12).maxCorrectionRounds(4))}.
         *
         * @throws IllegalArgumentException naming the {@code limits.*} key of an invalid value
         */
        public Builder limits(UnaryOperator<LimitsBuilder> change) {
            this.limits = change.apply(limits.toBuilder()).build();
            return this;
        }

        /** Whether syntax and tests are checked after each instruction (codebase domain). */
        public Builder checks(boolean checks) {
            this.checks = checks;
            return this;
        }

        /** Restricts the tools offered to these names; {@code sub_task_step_complete} is always offered. */
        public Builder tools(List<String> tools) {
            this.tools = List.copyOf(tools);
            return this;
        }

        /** A prompt pack file (YAML) whose prompts replace the built-in ones. */
        public Builder prompts(Path file) {
            this.prompts = file;
            return this;
        }

        /** Runs these instructions instead of asking the model for a plan. */
        public Builder program(List<String> instructions) {
            this.program = PromptProgram.of(instructions);
            return this;
        }

        /** Receives every event of the run, after the run's event log has it. */
        public Builder listener(RunListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * A YAML file of model facts (context window, maximum output, prices per million tokens, tokenizer) that
         * adds to or overrides the built-in table, in its shape.
         */
        public Builder modelsFile(Path file) {
            this.modelsFile = file;
            return this;
        }

        /**
         * Ask for replies as streams and show them to the listener as they form ({@code ToolCallForming},
         * {@code ReplyStreaming}); the server must support streaming.
         */
        public Builder stream(boolean stream) {
            this.stream = stream;
            return this;
        }

        /** Check only these languages (python, java, javascript, typescript); empty: every language present. */
        public Builder languages(List<String> names) {
            this.languages = List.copyOf(names);
            return this;
        }

        /** The user's own checks (a linter, a type checker), run after the languages' checks; none by default. */
        public Builder commandChecks(List<CommandCheck> checks) {
            this.commandChecks = List.copyOf(checks);
            return this;
        }

        /**
         * Whether each check first installs the packages of a changed manifest into the workspace's dependency cache,
         * as {@code l2mac deps} does (the package managers may use the network); off by default.
         */
        public Builder installDependencies(boolean install) {
            this.installDependencies = install;
            return this;
        }

        /** Which stale or redundant content the context builder leaves out; all of it by default. */
        public Builder contextSavings(Set<ContextSaving> savings) {
            this.savings = Set.copyOf(savings);
            return this;
        }

        /**
         * Whether a failed instruction's changes stay in the workspace ({@code KEEP}, the default) or are rolled
         * back to the last good commit ({@code ROLLBACK}).
         */
        public Builder onFailure(OnFailure policy) {
            this.onFailure = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Refuse to run generated code without a sandbox (bubblewrap), instead of running it with a warning. */
        public Builder requireSandbox(boolean require) {
            this.requireSandbox = require;
            return this;
        }

        /** Budgets for the run, checked before every request; 0 means no bound. */
        public Builder budget(double maxCostUsd, long maxTokens, int maxRequests) {
            this.limits = limits.withBudget(maxCostUsd, maxTokens, maxRequests);
            return this;
        }

        private ModelRegistry registry() {
            if (modelsFile == null) {
                return ModelRegistry.builtIn();
            }
            try {
                return ModelRegistry.builtIn().withFile(modelsFile);
            } catch (IllegalArgumentException invalid) {
                throw new ConfigException(invalid.getMessage(), "fix the models file; see the built-in table for "
                        + "its shape");
            }
        }

        public Builder retries(RetryPolicy retries) {
            this.retries = Objects.requireNonNull(retries, "retries");
            return this;
        }

        /** Validates the settings and connects the model; fails with a {@link ConfigException} naming the setting. */
        public L2mac build() {
            LlmClient client = llm != null ? llm : connect();
            if (stream) {
                client = new StreamingLlm(client, listener);
            }
            if (description == null) {
                description = Map.of("model", client.modelName(), "checks", checks, "tools", tools);
            }
            return new L2mac(this, client, loadProgram());
        }

        private LlmClient connect() {
            return L2mac.connect(new LlmSettings(apiType, model, baseUrl, apiKey, temperature, requestTimeout),
                    environment);
        }

        /** Where provider keys and endpoints not set otherwise are read from; the process environment by default. */
        public Builder environment(Map<String, String> variables) {
            this.environment = Map.copyOf(variables);
            return this;
        }

        private Optional<PromptProgram> loadProgram() {
            if (program != null) {
                return Optional.of(program);
            }
            if (programFile == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(ProgramFile.load(programFile));
            } catch (ProgramFileException e) {
                throw new ConfigException(e.getMessage(), "fix the program file: a YAML list of instructions");
            }
        }
    }
}
