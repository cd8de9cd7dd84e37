package dev.l2mac.control;

import dev.l2mac.history.CommitProbe;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.ModelInfo;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.Sleeper;
import dev.l2mac.memory.FileStore;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.OnFailure;
import dev.l2mac.tools.ToolBox;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The parts of one machine: those every machine needs, and the rest with their defaults until set. */
public final class MachineBuilder {
    final LlmClient llm;
    final FileStore files;
    final ToolBox tools;
    final OutputChecks checks;
    final PromptPack prompts;
    final Limits limits;
    final double temperature;
    final Clock clock;
    RetryPolicy retries = RetryPolicy.NONE;
    Sleeper sleeper = Sleeper.REAL;
    Optional<ModelInfo> model;
    Optional<RunEvent.SandboxReported> isolation = Optional.empty();
    OnFailure onFailure = OnFailure.KEEP;
    Verdicts verdicts = Verdicts.OWN;
    Set<ContextSaving> savings = Set.of();
    CommitProbe commitProbe = CommitProbe.NONE;
    Optional<Stacking> stacking = Optional.empty();

    MachineBuilder(
            LlmClient llm,
            FileStore files,
            ToolBox tools,
            OutputChecks checks,
            PromptPack prompts,
            Limits limits,
            double temperature,
            Clock clock) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.files = Objects.requireNonNull(files, "files");
        this.tools = Objects.requireNonNull(tools, "tools");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.temperature = temperature;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.model = ModelRegistry.builtIn().find(llm.modelName());
    }

    /** Retryable failures are tried again under {@code policy}, waiting with {@code waits}. */
    public MachineBuilder retrying(RetryPolicy policy, Sleeper waits) {
        this.retries = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(waits, "waits");
        return this;
    }

    /** The model's facts; empty: a model the registry does not know, run on stated defaults with a warning. */
    public MachineBuilder model(Optional<ModelInfo> facts) {
        this.model = Objects.requireNonNull(facts, "facts");
        return this;
    }

    /** How generated code is confined, reported at the start of the run (empty: not reported). */
    public MachineBuilder isolation(Optional<RunEvent.SandboxReported> reported) {
        this.isolation = Objects.requireNonNull(reported, "reported");
        return this;
    }

    /** Whether a failed instruction's changes are kept or rolled back to the last good commit. */
    public MachineBuilder onFailure(OnFailure policy) {
        this.onFailure = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** Follows {@code chosen} where the path forks (a replay follows its recording). */
    public MachineBuilder following(Verdicts chosen) {
        this.verdicts = Objects.requireNonNull(chosen, "chosen");
        return this;
    }

    /** Builds contexts with {@code chosen} savings (see {@link ContextSaving}). */
    public MachineBuilder saving(Set<ContextSaving> chosen) {
        this.savings = Set.copyOf(chosen);
        return this;
    }

    /** Takes the prompts and tools of the stack the program is written in, offering a choice when planning. */
    public MachineBuilder stacking(Stacking stacks) {
        this.stacking = Optional.of(stacks);
        return this;
    }

    /** Tells {@code probe} the moments of each commit of the workspace (where crash tests kill). */
    MachineBuilder probingCommits(CommitProbe probe) {
        this.commitProbe = Objects.requireNonNull(probe, "probe");
        return this;
    }

    public Machine build() {
        return new Machine(this);
    }
}
