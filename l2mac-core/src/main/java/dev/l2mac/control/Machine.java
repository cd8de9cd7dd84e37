package dev.l2mac.control;

import dev.l2mac.history.CommitProbe;
import dev.l2mac.history.WorkspaceHistory;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.ModelInfo;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.RetryingLlmClient;
import dev.l2mac.llm.Sleeper;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.map.CodebaseMap;
import dev.l2mac.memory.FileStore;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.resume.Journal;
import dev.l2mac.resume.JournalCalls;
import dev.l2mac.resume.JournalLlm;
import dev.l2mac.resume.RecordedChecks;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.resume.ResumeGate;
import dev.l2mac.resume.Resumption;
import dev.l2mac.run.Checkpoint;
import dev.l2mac.run.EventLog;
import dev.l2mac.run.RecordsWatch;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.run.WorkspaceLock;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.OnFailure;
import dev.l2mac.tools.ToolBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The whole automatic computer for one run: records the run, obtains the prompt program (bootstrapped by the
 * model unless supplied), has the control unit execute it, and reports what came out.
 */
public final class Machine {
    private final LlmClient llm;
    private final FileStore files;
    private final ToolBox tools;
    private final OutputChecks checks;
    private final PromptPack prompts;
    private final Limits limits;
    private final double temperature;
    private final Clock clock;
    private final RetryPolicy retries;
    private final Sleeper sleeper;
    private final ModelInfo model;
    private final boolean modelKnown;
    private final Optional<RunEvent.SandboxReported> isolation;
    private final OnFailure onFailure;
    private final Verdicts verdicts;
    private final Set<ContextSaving> savings;
    private final CommitProbe commitProbe;
    private final Stacking stacking;

    Machine(MachineBuilder parts) {
        this.llm = parts.llm;
        this.files = parts.files;
        this.tools = parts.tools;
        this.checks = parts.checks;
        this.prompts = parts.prompts;
        this.model = parts.model.orElse(ModelRegistry.fallback(llm.modelName()));
        this.modelKnown = parts.model.isPresent();
        this.limits = parts.limits.fittedTo(this.model.contextWindow(), this.model.maxOutputTokens());
        this.temperature = parts.temperature;
        this.clock = parts.clock;
        this.retries = parts.retries;
        this.sleeper = parts.sleeper;
        this.isolation = parts.isolation;
        this.onFailure = parts.onFailure;
        this.verdicts = parts.verdicts;
        this.savings = parts.savings;
        this.commitProbe = parts.commitProbe;
        this.stacking = parts.stacking.orElseGet(() -> Stacking.none(prompts, tools));
    }

    /**
     * The parts of a machine that makes no retries of its own (for a client that retries itself, or a scripted
     * one), with the built-in registry's facts about its model, keeping failed instructions' changes, following its
     * own verdicts and leaving nothing out of its contexts; {@link MachineSetup} assembles a machine over a
     * workspace on disk from a run's settings.
     */
    public static MachineBuilder builder(
            LlmClient llm,
            FileStore files,
            ToolBox tools,
            OutputChecks checks,
            PromptPack prompts,
            Limits limits,
            double temperature,
            Clock clock) {
        return new MachineBuilder(llm, files, tools, checks, prompts, limits, temperature, clock);
    }

    /** This machine, following {@code verdicts} where the path forks (a replay follows its recording). */
    public Machine following(Verdicts chosen) {
        return toBuilder().following(chosen).build();
    }

    /** This machine, telling {@code probe} the moments of each commit of the workspace (where crash tests kill). */
    Machine probingCommits(CommitProbe probe) {
        return toBuilder().probingCommits(probe).build();
    }

    /** This machine, building contexts with {@code chosen} savings (see {@link ContextSaving}). */
    public Machine saving(Set<ContextSaving> chosen) {
        return toBuilder().saving(chosen).build();
    }

    private MachineBuilder toBuilder() {
        return builder(llm, files, tools, checks, prompts, limits, temperature, clock)
                .retrying(retries, sleeper)
                .model(modelKnown ? Optional.of(model) : Optional.empty())
                .isolation(isolation)
                .onFailure(onFailure)
                .following(verdicts)
                .saving(savings)
                .probingCommits(commitProbe)
                .stacking(stacking);
    }

    /** Runs to completion or failure; progress goes to {@code progress} after the event log has it. */
    public RunResult run(RunRequest request, RunListener progress) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(request.workspace())) {
            RunFolder folder = RunFolder.create(request.workspace(), clock);
            return execute(request, folder, Journal.empty(), 0, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not record the run under " + request.workspace() + "/.l2mac/runs: " + e.getMessage(), e);
        }
    }

    /**
     * Continues the run {@code runId} of {@code workspace} (the run that started last when empty) where it stopped:
     * its recorded path is executed again without asking the model anything it answered or repeating any tool call
     * that finished, then the run goes on live. The machine must be assembled for the run's domain.
     *
     * @throws ResumeException when the run cannot be resumed; the message says why
     */
    public RunResult resume(Path workspace, Optional<String> runId, RunListener progress) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            Resumption resumption = Resumption.prepare(workspace, runId);
            RunRequest request = new RunRequest(
                    resumption.domain(), resumption.task(), resumption.program(), workspace, resumption.settings());
            return execute(request, resumption.folder(), resumption.journal(), resumption.eventsInLog(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not continue the run's record under " + workspace + "/.l2mac/runs: " + e.getMessage(), e);
        }
    }

    private RunResult execute(
            RunRequest request, RunFolder folder, Journal journal, int eventsInLog, RunListener progress)
            throws IOException {
        try (EventLog log = new EventLog(folder.eventsFile(), clock);
                WorkspaceHistory history = files.root()
                        .map(root -> WorkspaceHistory.open(root, clock, commitProbe))
                        .orElse(null)) {
            ResumeGate gate = new ResumeGate(
                    journal,
                    log,
                    new Checkpoint(folder, eventsInLog),
                    progress,
                    new RecordsWatch(request.workspace(), folder));
            return run(
                    request,
                    folder,
                    journal,
                    gate,
                    new HistoryRecorder(
                            Optional.ofNullable(history), folder.id(), journal, gate, onFailure, files::writtenPaths));
        } finally {
            checks.release();
        }
    }

    private RunResult run(
            RunRequest request, RunFolder folder, Journal journal, RunListener listener, HistoryRecorder history)
            throws IOException {
        Processor processor = processor(journal, listener);
        RunRecorder record = RunRecorder.open(request, folder, llm.modelName(), processor.spending(), files, listener);
        try {
            return run(request, record, journal, history, processor);
        } catch (Error e) {
            return record.stoppedBy(e);
        }
    }

    /** Algorithm 1: the run's record starts, the program is obtained, the control unit executes it, the run ends. */
    private RunResult run(
            RunRequest request, RunRecorder record, Journal journal, HistoryRecorder history, Processor processor)
            throws IOException {
        record.start(modelResolved(), isolation);
        history.start().ifPresent(start -> checks.startsFrom(start, record));
        return switch (new ProgramSource(processor, prompts, limits, temperature, stacking.offer()).obtain(request)) {
            case ProgramSource.Obtained obtained -> {
                String stack = obtained.stack().orElse(stacking.stack());
                PromptProgram program = record.ready(obtained.program(), stack);
                ControlUnit controlUnit =
                        controlUnit(request, program, partsFor(stack), processor, journal, record, history);
                yield record.finish(controlUnit.execute(program));
            }
            case ProgramSource.Stopped stopped -> record.finish(stopped);
        };
    }

    private RunEvent.ModelResolved modelResolved() {
        return new RunEvent.ModelResolved(
                model.name(),
                limits.contextWindow(),
                limits.maxOutputTokens(),
                model.inputPricePerMillion(),
                model.outputPricePerMillion(),
                modelKnown);
    }

    /** The processor of this run: the model (answered from the journal first), retried, counted, budgeted, paced. */
    private Processor processor(Journal journal, RunListener listener) {
        LlmClient retrying = new RetryingLlmClient(
                new JournalLlm(llm, journal),
                retries,
                sleeper,
                (failure, wait) -> listener.on(
                        new RunEvent.RetryScheduled(Processor.kindOf(failure), failure.getMessage(), wait.toMillis())));
        return new Processor(
                retrying,
                tokenCounter(),
                limits,
                listener,
                new Spending(model, limits),
                new RequestPacer(limits.requestsPerMinute(), limits.tokensPerMinute(), clock, sleeper, listener));
    }

    /** The prompts and tools of {@code stack}: this machine's own, or those of the stack the model chose. */
    private Stacking.Parts partsFor(String stack) {
        return stack.equals(stacking.stack())
                ? new Stacking.Parts(prompts, tools)
                : stacking.parts().apply(stack);
    }

    /** Counts tokens as the model does: its registered tokenizer, or the one its name suggests. */
    private TokenCounter tokenCounter() {
        return modelKnown ? TokenCounter.forTokenizer(model.tokenizer()) : TokenCounter.forModel(llm.modelName());
    }

    private ControlUnit controlUnit(
            RunRequest request,
            PromptProgram program,
            Stacking.Parts parts,
            Processor processor,
            Journal journal,
            RunListener listener,
            HistoryRecorder history) {
        ContextBuilder contexts = new ContextBuilder(
                parts.prompts(),
                files,
                request.task(),
                program.size(),
                savings,
                limits.viewMaxChars(),
                new CodebaseMap(files, tokenCounter(), request.workspace()),
                limits.mapTokens());
        InstructionRunner runner = new InstructionRunner(
                processor,
                parts.tools().resumingWith(new JournalCalls(journal, ToolReplies::result)),
                new RecordedChecks(checks::run, journal, listener)::run,
                contexts,
                parts.prompts(),
                limits,
                temperature,
                listener,
                verdicts);
        return new ControlUnit(runner, listener, history);
    }
}
