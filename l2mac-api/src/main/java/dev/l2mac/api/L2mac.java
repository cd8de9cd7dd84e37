package dev.l2mac.api;

import dev.l2mac.config.ConfigException;
import dev.l2mac.control.MachineSetup;
import dev.l2mac.control.RunRequest;
import dev.l2mac.control.RunResult;
import dev.l2mac.control.Verdicts;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.run.RunManifest;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stack;
import dev.l2mac.stack.StackChoiceException;
import dev.l2mac.stack.Stacks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs L2MAC from Java: one task in, a whole codebase (or book) out, written into the workspace.
 *
 * <pre>{@code
 * L2mac l2mac = L2mac.builder()
 *         .llm(OpenAi.model("gpt-4o").build())           // or Anthropic, Gemini, AzureOpenAi, Ollama, any LlmClient
 *         .workspace(Path.of("url-shortener"))
 *         .limits(limits -> limits.maxSteps(12))
 *         .build();                                      // every setting is validated here
 * RunResult result = l2mac.codebase("Build a URL shortener web app with tests");
 * }</pre>
 *
 * A run never throws for what the model or the generated code does; its outcome is in the {@link RunResult}.
 * Invalid settings fail {@link L2macBuilder#build()} with a {@link ConfigException} that names the setting.
 */
public final class L2mac {
    private final LlmClient llm;
    private final RunSettings settings;
    private final Map<Domain, PromptPack> prompts;
    private final Optional<PromptProgram> program;
    private final ModelRegistry models;
    private final RetryPolicy retries;
    private final RunListener listener;
    private final Map<String, Object> description;

    /** The key of the recorded settings that names a codebase's stack. */
    static final String STACK_SETTING = "stack";

    L2mac(
            LlmClient llm,
            RunSettings settings,
            Map<Domain, PromptPack> prompts,
            Optional<PromptProgram> program,
            ModelRegistry models,
            RetryPolicy retries,
            RunListener listener,
            Map<String, Object> description) {
        this.llm = llm;
        this.settings = settings;
        this.prompts = Map.copyOf(prompts);
        this.program = program;
        this.models = models;
        this.retries = retries;
        this.listener = listener;
        this.description = Map.copyOf(description);
    }

    public static L2macBuilder builder() {
        return new L2macBuilder();
    }

    /**
     * Writes a codebase for the task, checking syntax and tests after every instruction, in the stack the builder
     * chose, else the one the task names, else the one of the code already in the workspace; otherwise the model may
     * choose one as it plans, and Python is the default.
     *
     * @throws dev.l2mac.stack.StackChoiceException when no stack is chosen and the task names several, or a
     *                                              language no stack writes; nothing was sent
     */
    public RunResult codebase(String task) {
        return run(Domain.CODEBASE, task);
    }

    /** Writes a long text for the task, one part per instruction. */
    public RunResult book(String task) {
        return run(Domain.BOOK, task);
    }

    /** Runs the task in a domain: a codebase (as {@link #codebase}) or a book. */
    public RunResult run(Domain domain, String task) {
        MachineSetup setup = setup(domain, settings).forNewRun(task);
        return setup.assemble()
                .run(new RunRequest(domain, task, program, settings.workspace(), recorded(setup)), listener);
    }

    /**
     * Continues the run {@code runId} of the workspace where it stopped: nothing the model answered is asked again
     * and no finished tool call is executed again. Limits may differ from the original run's (to continue with more
     * room); what decides the run's path may not.
     *
     * @throws ResumeException when the run cannot be resumed; the message says why and what to do
     */
    public RunResult resume(String runId) {
        return resume(Optional.of(runId));
    }

    /** Continues the run that started last in the workspace, as {@link #resume(String)} does. */
    public RunResult resumeLatest() {
        return resume(Optional.empty());
    }

    /** The workspace the runs write to, as an absolute path. */
    public Path workspace() {
        return settings.workspace();
    }

    private RunResult resume(Optional<String> runId) {
        Optional<RunManifest> recorded = recordedRun(runId);
        String domain = recorded.map(RunManifest::domain).orElse("");
        MachineSetup setup;
        try {
            setup = setup(domain.isEmpty() ? Domain.CODEBASE : Domain.parse(domain), settings);
        } catch (IllegalArgumentException unknown) {
            throw new ResumeException(
                    "cannot resume: the run records an " + unknown.getMessage()
                            + "; its run.json is damaged: start a new run",
                    unknown);
        }
        return recordedStack(setup, recorded).assemble().resume(settings.workspace(), runId, listener);
    }

    private MachineSetup setup(Domain domain, RunSettings chosen) {
        // the builder gives every domain a prompt pack (BuildChecks.promptPacks)
        PromptPack pack = Objects.requireNonNull(prompts.get(domain), domain.toString());
        return new MachineSetup(llm, domain, pack, chosen, models, retries, Verdicts.OWN);
    }

    /**
     * The settings to record, with the stack a codebase is written in when it is fixed, so that a resumed run keeps
     * it; a run whose model chooses the stack records none, and chooses again as it did.
     */
    private Map<String, Object> recorded(MachineSetup setup) {
        if (setup.domain() != Domain.CODEBASE || setup.stackOpen()) {
            return description;
        }
        Map<String, Object> withStack = new LinkedHashMap<>(description);
        withStack.put(STACK_SETTING, setup.stack().recorded());
        return withStack;
    }

    /** The setup in the stack the run recorded, or else as its task decides, unless the settings choose one. */
    private static MachineSetup recordedStack(MachineSetup setup, Optional<RunManifest> recorded) {
        if (setup.settings().policy().stack().isPresent() || recorded.isEmpty()) {
            return setup;
        }
        RunManifest run = recorded.get();
        if (run.settings().get(STACK_SETTING) instanceof String name) {
            Optional<Stack> stack = Stacks.resolve(name, setup.settings().workspace());
            if (stack.isPresent()) {
                return setup.withStack(stack.get());
            }
        }
        try {
            return setup.forTask(run.task());
        } catch (StackChoiceException beforeStacks) {
            // a run recorded before a task naming several stacks was refused was written in Python
            return setup.withStack(Stacks.python());
        }
    }

    private Optional<RunManifest> recordedRun(Optional<String> runId) {
        Path workspace = settings.workspace();
        try {
            Optional<RunFolder> folder = runId.isPresent()
                    ? Optional.of(RunFolder.existing(workspace, runId.get()))
                    : RunFolder.latest(workspace);
            return folder.isEmpty() ? Optional.empty() : folder.get().readRun();
        } catch (IOException e) {
            throw new ResumeException(
                    "cannot resume: " + e.getMessage() + "; 'l2mac runs --workspace " + workspace
                            + "' lists the runs there",
                    e);
        }
    }
}
