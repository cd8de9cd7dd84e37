package dev.l2mac.control;

import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.Checks;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.Sleeper;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.Network;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.StackOffer;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stack;
import dev.l2mac.stack.StackChoice;
import dev.l2mac.stack.Stacks;
import dev.l2mac.stack.WorkspaceStack;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place a machine over a workspace on disk is assembled, for the library, the command line, the
 * evaluations and the replay alike: a file store on the workspace, the domain's tools (restricted to those the
 * settings name), the checks when enabled, and the generated code's runner in the sandbox found on this machine;
 * without one that runs unconfined with a loud warning, unless the settings require a sandbox
 * ({@link dev.l2mac.process.sandbox.SandboxUnavailableException}).
 *
 * @param llm      the model
 * @param domain   what the run writes
 * @param prompts  the domain's prompts
 * @param settings the run's settings
 * @param models   the registry of model facts (context window, prices, tokenizer)
 * @param retries  how failed requests are tried again
 * @param verdicts who decides where the path forks (a replay follows its recording)
 * @param stackOpen whether the model is offered a choice of stack when it plans: a codebase whose settings and task
 *                  name no stack ({@link #forTask})
 */
public record MachineSetup(
        LlmClient llm,
        Domain domain,
        PromptPack prompts,
        RunSettings settings,
        ModelRegistry models,
        RetryPolicy retries,
        Verdicts verdicts,
        boolean stackOpen) {

    /** Always offered, even when the tools are restricted: without it no instruction can finish. */
    static final String STEP_COMPLETE_TOOL = "sub_task_step_complete";

    public MachineSetup {
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(verdicts, "verdicts");
    }

    /** A setup whose stack is the one its settings choose, Python when they choose none. */
    public MachineSetup(
            LlmClient llm,
            Domain domain,
            PromptPack prompts,
            RunSettings settings,
            ModelRegistry models,
            RetryPolicy retries,
            Verdicts verdicts) {
        this(llm, domain, prompts, settings, models, retries, verdicts, false);
    }

    /** A setup with the built-in model facts, no retries of the machine's own, and the machine's own verdicts. */
    public static MachineSetup of(LlmClient llm, Domain domain, PromptPack prompts, RunSettings settings) {
        return new MachineSetup(
                llm, domain, prompts, settings, ModelRegistry.builtIn(), RetryPolicy.NONE, Verdicts.OWN);
    }

    public MachineSetup withModels(ModelRegistry registry) {
        return new MachineSetup(llm, domain, prompts, settings, registry, retries, verdicts, stackOpen);
    }

    public MachineSetup withRetries(RetryPolicy policy) {
        return new MachineSetup(llm, domain, prompts, settings, models, policy, verdicts, stackOpen);
    }

    public MachineSetup following(Verdicts chosen) {
        return new MachineSetup(llm, domain, prompts, settings, models, retries, chosen, stackOpen);
    }

    /**
     * This setup for a run of {@code task}: a codebase whose settings choose no stack is written in the one the task
     * names ({@link StackChoice}); when it names none, the model may choose one as it plans, and Python is the
     * default.
     *
     * @throws dev.l2mac.stack.StackChoiceException when the task names several stacks, or a language no stack
     *                                               writes; the message says how to choose
     */
    public MachineSetup forTask(String task) {
        if (domain != Domain.CODEBASE || settings.policy().stack().isPresent()) {
            return this;
        }
        return StackChoice.fixedBy(StackChoice.read(task))
                .map(this::withStack)
                .orElseGet(() -> new MachineSetup(llm, domain, prompts, settings, models, retries, verdicts, true));
    }

    /**
     * This setup for a new run of {@code task}, as {@link #forTask} decides, except that a task naming no stack in a
     * workspace that already holds code is written in that code's stack ({@link WorkspaceStack}) rather than offered
     * a choice: a change to an existing Java repository is Java. A resumed run keeps what its start decided.
     */
    public MachineSetup forNewRun(String task) {
        MachineSetup chosen = forTask(task);
        if (!chosen.stackOpen() || !Files.isDirectory(settings.workspace())) {
            return chosen;
        }
        return WorkspaceStack.of(WorkspaceFiles.list(settings.workspace()))
                .map(chosen::withStack)
                .orElse(chosen);
    }

    /** This setup writing its codebase in {@code stack}, whatever the task says. */
    public MachineSetup withStack(Stack stack) {
        RunSettings chosen = settings.withPolicy(settings.policy().withStack(stack));
        return new MachineSetup(llm, domain, prompts, chosen, models, retries, verdicts, false);
    }

    /** The stack the codebase is written in, or starts in when it is open: the settings' choice, else Python. */
    public Stack stack() {
        return settings.policy().stack().orElseGet(Stacks::python);
    }

    /**
     * Assembles the machine, with the prompts and tools of {@link #stack()} when it writes a codebase.
     *
     * @throws dev.l2mac.process.sandbox.SandboxUnavailableException when a sandbox is required and there is none
     */
    public Machine assemble() {
        Limits limits = settings.limits();
        FileStore files = new DiskFileStore(settings.workspace(), limits.maxFileBytes());
        Sandbox sandbox = Sandboxes.detected();
        boolean requireSandbox = settings.policy().requireSandbox();
        ProcessRunner runner = Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, requireSandbox);
        Checks suite = suite(runner, sandbox);
        ToolBox domainTools = box(files, runner, suite);
        OutputChecks outputChecks = settings.checks().enabled() && domain == Domain.CODEBASE
                ? new WorkspaceChecks(suite, settings.workspace(), standardSuite(runner))
                : OutputChecks.NONE;
        ToolBox tools = tools(domainTools, stack());
        PromptPack stackPrompts = prompts.forStack(stack());
        return Machine.builder(
                        llm,
                        files,
                        tools,
                        outputChecks,
                        stackPrompts,
                        limits,
                        settings.temperature(),
                        Clock.systemUTC())
                .retrying(retries, Sleeper.REAL)
                .model(models.find(llm.modelName()))
                .isolation(Optional.of(new RunEvent.SandboxReported(
                        sandbox.describe(), Sandboxes.warning(sandbox).orElse(""))))
                .onFailure(settings.policy().onFailure())
                .following(verdicts)
                .saving(settings.policy().savings())
                .stacking(stacking(domainTools, stackPrompts, tools))
                .build();
    }

    /**
     * The stack the machine starts in, the choice it offers, and every stack's prompts and tools; a book's prompts
     * and tools depend on no stack.
     */
    private Stacking stacking(ToolBox domainTools, PromptPack stackPrompts, ToolBox stackTools) {
        if (domain != Domain.CODEBASE) {
            return Stacking.none(stackPrompts, stackTools);
        }
        Optional<StackOffer> offer =
                stackOpen ? Optional.of(new StackOffer(Stacks.names(), Stacks.choiceWording())) : Optional.empty();
        return new Stacking(stack().name(), offer, name -> {
            Stack chosen = Stacks.named(name);
            return new Stacking.Parts(prompts.forStack(chosen), tools(domainTools, chosen));
        });
    }

    /** The languages asked for and the command checks, within the limits, installing first when asked. */
    private Checks suite(ProcessRunner runner, Sandbox sandbox) {
        CheckSettings chosen = settings.checks();
        Checks standard = standardSuite(runner);
        return chosen.installDependencies()
                ? standard.installingWith(new DependencyInstaller(Sandboxes.runner(
                        sandbox,
                        DependencyInstaller.SANDBOX_LIMITS,
                        settings.policy().requireSandbox(),
                        Network.OPEN)))
                : standard;
    }

    /** The languages asked for and the command checks, within the limits. */
    private Checks standardSuite(ProcessRunner runner) {
        CheckSettings chosen = settings.checks();
        return CheckerCatalog.forWorkspace(
                runner,
                new CheckPlan(
                        chosen.checkedLanguages(),
                        chosen.commands(),
                        settings.limits().checkTimeout(),
                        settings.limits().toolOutputMaxChars()),
                JUnitLauncherJar.standard(JUnitLauncherJar.defaultCacheDirectory()));
    }

    /**
     * The names of every tool the domain has, before the settings restrict them; building them touches nothing.
     */
    public List<String> domainTools() {
        return box(
                        new InMemoryFileStore(settings.limits().maxFileBytes()),
                        new LocalProcessRunner(),
                        new Checks(List.of()))
                .names();
    }

    /**
     * Refuses, as {@link #assemble()} would, a required sandbox this machine lacks, without touching the workspace.
     *
     * @throws dev.l2mac.process.sandbox.SandboxUnavailableException when a sandbox is required and there is none
     */
    public void requireSandboxWhereAsked() {
        Sandboxes.runner(
                Sandboxes.detected(), SandboxLimits.DEFAULTS, settings.policy().requireSandbox());
    }

    /**
     * The domain's tools, restricted to those the settings name that the domain has (a name another domain has is
     * left out), with the one that completes a step.
     */
    private ToolBox tools(ToolBox domainTools, Stack stack) {
        ToolBox box = stackTools(domainTools, stack);
        if (settings.policy().tools().isEmpty()) {
            return box;
        }
        Set<String> offered = new LinkedHashSet<>(settings.policy().tools());
        offered.retainAll(box.names());
        offered.add(STEP_COMPLETE_TOOL);
        return box.restrictedTo(offered);
    }

    /** The codebase tools the stack offers, as it describes them; a book's tools as they are. */
    private ToolBox stackTools(ToolBox box, Stack stack) {
        if (domain != Domain.CODEBASE) {
            return box;
        }
        Set<String> offered = new LinkedHashSet<>(box.names());
        offered.retainAll(stack.tools());
        offered.add(STEP_COMPLETE_TOOL);
        return box.restrictedTo(offered).redescribed(stack.toolDescriptions());
    }

    private ToolBox box(FileStore files, ProcessRunner runner, Checks suite) {
        Limits limits = settings.limits();
        ToolSettings toolSettings = ToolSettings.of(
                limits.viewMaxChars(), limits.toolOutputMaxChars(), limits.runTimeout(), settings.workspace());
        return domain == Domain.CODEBASE
                ? ToolBox.codebase(files, runner, toolSettings, suite)
                : ToolBox.book(files, toolSettings);
    }
}
