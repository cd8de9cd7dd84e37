package dev.l2mac.control;

import dev.l2mac.settings.OnFailure;
import dev.l2mac.settings.Limits;
import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.Checks;
import dev.l2mac.check.CommandCheck;
import dev.l2mac.check.Language;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.Sleeper;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.Network;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.RunEvent;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a machine over a workspace on disk is assembled from, chosen by the caller: the model, the domain's
 * prompts, the limits, the sampling temperature, whether output is checked, and which tools are offered (empty
 * means all of the domain's tools), the retry policy for failed requests, and the registry of model facts
 * (context window, prices, tokenizer); {@code null} retries and models mean none and the built-in registry.
 * Generated code runs in the sandbox found on this machine; without one it runs unconfined, with a loud warning,
 * unless {@code requireSandbox}, which makes that an error ({@link dev.l2mac.check.SandboxUnavailableException}).
 * A failed instruction's changes are kept or rolled back as {@code onFailure} says ({@code null}: kept). When
 * {@code checks} is on, {@code languages} names the languages checked (empty: every language present), and
 * {@code commandChecks} are the user's own checks run after them; the {@code run_tests} tool runs the same checks.
 * With {@code installDependencies} each check first installs the packages of a changed manifest
 * ({@code requirements.txt}, {@code package.json}, {@code pom.xml}) into the workspace's dependency cache, with the
 * network open to the package manager only.
 */
public record MachineSetup(LlmClient llm, Path workspace, Domain domain, PromptPack prompts, Limits limits,
                           double temperature, boolean checks, List<String> tools, RetryPolicy retries,
                           ModelRegistry models, boolean requireSandbox, OnFailure onFailure, List<String> languages,
                           List<CommandCheck> commandChecks, boolean installDependencies) {

    /** Always offered, even when the tools are restricted: without it no instruction can finish. */
    static final String STEP_COMPLETE_TOOL = "sub_task_step_complete";

    public MachineSetup {
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(limits, "limits");
        tools = tools == null ? List.of() : List.copyOf(tools);
        retries = retries == null ? RetryPolicy.NONE : retries;
        models = models == null ? ModelRegistry.builtIn() : models;
        onFailure = onFailure == null ? OnFailure.KEEP : onFailure;
        languages = languages == null ? List.of() : List.copyOf(languages);
        commandChecks = commandChecks == null ? List.of() : List.copyOf(commandChecks);
        if (!languages.isEmpty()) {
            try {
                Language.parseList(String.join(",", languages));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("run.languages: " + unknown.getMessage(), unknown);
            }
        }
    }

    /** A setup that checks every language present and runs no command checks. */
    public MachineSetup(LlmClient llm, Path workspace, Domain domain, PromptPack prompts, Limits limits,
                        double temperature, boolean checks, List<String> tools, RetryPolicy retries,
                        ModelRegistry models, boolean requireSandbox, OnFailure onFailure) {
        this(llm, workspace, domain, prompts, limits, temperature, checks, tools, retries, models, requireSandbox,
                onFailure, List.of(), List.of(), false);
    }

    /** A setup that keeps a failed instruction's changes. */
    public MachineSetup(LlmClient llm, Path workspace, Domain domain, PromptPack prompts, Limits limits,
                        double temperature, boolean checks, List<String> tools, RetryPolicy retries,
                        ModelRegistry models, boolean requireSandbox) {
        this(llm, workspace, domain, prompts, limits, temperature, checks, tools, retries, models, requireSandbox,
                OnFailure.KEEP);
    }

    /** The languages asked for (every one when none is named) and the command checks, within the limits. */
    private CheckPlan checkPlan() {
        Set<Language> checked = languages.isEmpty() ? EnumSet.allOf(Language.class)
                : Language.parseList(String.join(",", languages));
        return new CheckPlan(checked, commandChecks, limits.checkTimeout(), limits.toolOutputMaxChars());
    }

    /** Assembles the machine: a file store on the workspace, the domain's tools, and the checks when enabled. */
    public Machine assemble() {
        FileStore files = new DiskFileStore(workspace, limits.maxFileBytes());
        Sandbox sandbox = Sandboxes.detected();
        ProcessRunner runner = Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, requireSandbox);
        ToolSettings toolSettings = ToolSettings.of(limits.viewMaxChars(), limits.toolOutputMaxChars(),
                limits.runTimeout(), workspace);
        Checks standard = CheckerCatalog.forWorkspace(runner, checkPlan(),
                JUnitLauncherJar.standard(JUnitLauncherJar.defaultCacheDirectory()));
        Checks suite = installDependencies ? standard.installingWith(new DependencyInstaller(Sandboxes.runner(sandbox,
                DependencyInstaller.SANDBOX_LIMITS, requireSandbox, Network.OPEN))) : standard;
        ToolBox box = domain == Domain.CODEBASE ? ToolBox.codebase(files, runner, toolSettings, suite)
                : ToolBox.book(files, toolSettings);
        if (!tools.isEmpty()) {
            Set<String> offered = new java.util.LinkedHashSet<>(tools);
            offered.add(STEP_COMPLETE_TOOL);
            box = box.restrictedTo(offered);
        }
        OutputChecks outputChecks = checks && domain == Domain.CODEBASE ? new WorkspaceChecks(suite, workspace)
                : OutputChecks.NONE;
        return new Machine(llm, files, box, outputChecks, prompts, limits, temperature, Clock.systemUTC(), retries,
                Sleeper.REAL, models.find(llm.modelName()),
                new RunEvent.SandboxReported(sandbox.describe(), Sandboxes.warning(sandbox).orElse("")), onFailure);
    }
}
