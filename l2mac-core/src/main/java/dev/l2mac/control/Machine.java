package dev.l2mac.control;

import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.RetryingLlmClient;
import dev.l2mac.llm.Sleeper;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.FileStore;
import dev.l2mac.program.BootstrapException;
import dev.l2mac.program.Bootstrapper;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.EventLog;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.tools.ToolBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private Verdicts verdicts = Verdicts.OWN;
    /** None by default until live runs can choose them in their settings; a replay chooses all. */
    private Set<ContextSaving> savings = Set.of();

    /** A machine that makes no retries of its own (for a client that retries itself, or a scripted one). */
    public Machine(LlmClient llm, FileStore files, ToolBox tools, OutputChecks checks, PromptPack prompts,
                   Limits limits, double temperature, Clock clock) {
        this(llm, files, tools, checks, prompts, limits, temperature, clock, RetryPolicy.NONE, Sleeper.REAL);
    }

    /** A machine whose requests failing with a retryable failure are tried again under {@code retries}. */
    public Machine(LlmClient llm, FileStore files, ToolBox tools, OutputChecks checks, PromptPack prompts,
                   Limits limits, double temperature, Clock clock, RetryPolicy retries, Sleeper sleeper) {
        this.retries = retries;
        this.sleeper = sleeper;
        this.llm = llm;
        this.files = files;
        this.tools = tools;
        this.checks = checks;
        this.prompts = prompts;
        this.limits = limits;
        this.temperature = temperature;
        this.clock = clock;
    }

    /** This machine, following {@code verdicts} where the path forks (a replay follows its recording). */
    public Machine following(Verdicts verdicts) {
        Machine machine = new Machine(llm, files, tools, checks, prompts, limits, temperature, clock, retries, sleeper);
        machine.verdicts = java.util.Objects.requireNonNull(verdicts, "verdicts");
        machine.savings = savings;
        return machine;
    }

    /** This machine, building contexts with {@code savings} (see {@link ContextSaving}; none by default). */
    public Machine saving(Set<ContextSaving> savings) {
        Machine machine = following(verdicts);
        machine.savings = Set.copyOf(savings);
        return machine;
    }

    /** Runs to completion or failure; progress goes to {@code progress} after the event log has it. */
    public RunResult run(RunRequest request, RunListener progress) {
        try {
            RunFolder folder = RunFolder.create(request.workspace(), clock);
            try (EventLog log = new EventLog(folder.eventsFile(), clock)) {
                return run(request, folder, RunListener.all(List.of(log, progress)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not record the run under " + request.workspace()
                    + "/.l2mac/runs: " + e.getMessage(), e);
        }
    }

    private RunResult run(RunRequest request, RunFolder folder, RunListener listener) throws IOException {
        LlmClient retrying = new RetryingLlmClient(llm, retries, sleeper, (failure, wait) -> listener.on(
                new RunEvent.RetryScheduled(Processor.kindOf(failure), failure.getMessage(), wait.toMillis())));
        Processor processor = new Processor(retrying, TokenCounter.forModel(llm.modelName()), limits, listener);
        folder.writeRun(describe(request, folder, "running", ""));
        listener.on(new RunEvent.RunStarted(folder.id(), request.domain(), request.task(), llm.modelName()));
        PromptProgram program;
        try {
            program = request.program().isPresent() ? request.program().get() : bootstrap(request, processor);
        } catch (BootstrapException e) {
            return finish(request, folder, listener, processor, 0, RunResult.Status.FAILED,
                    "could not obtain a prompt program: " + e.getMessage());
        } catch (LlmException e) {
            return finish(request, folder, listener, processor, 0, RunResult.Status.MODEL_FAILED,
                    "could not obtain a prompt program: " + e.getMessage() + " (" + e.hint() + ")");
        }
        folder.writeProgram(Map.of("instructions", program.texts()));
        listener.on(new RunEvent.ProgramReady(program.texts(),
                request.program().isPresent() ? "program file" : "bootstrap"));
        ContextBuilder contexts = new ContextBuilder(prompts, files, request.task(), program.size(), savings,
                limits.viewMaxChars());
        InstructionRunner runner = new InstructionRunner(processor, tools, checks, contexts, prompts, limits,
                temperature, listener, verdicts);
        return switch (new ControlUnit(runner, listener).execute(program)) {
            case ControlUnit.ProgramOutcome.Finished done -> finish(request, folder, listener, processor,
                    done.instructionsCompleted(), RunResult.Status.COMPLETED, "");
            case ControlUnit.ProgramOutcome.Stopped stopped -> finish(request, folder, listener, processor,
                    stopped.instructionsCompleted(),
                    stopped.byModel() ? RunResult.Status.MODEL_FAILED : RunResult.Status.FAILED, stopped.reason());
        };
    }

    private PromptProgram bootstrap(RunRequest request, Processor processor)
            throws BootstrapException, LlmException {
        return new Bootstrapper(processor.asClient("plan"), prompts, limits.maxSteps(), limits.maxPlanAttempts(),
                temperature, limits.maxOutputTokens()).plan(request.task());
    }

    private RunResult finish(RunRequest request, RunFolder folder, RunListener listener, Processor processor,
                             int completed, RunResult.Status status, String failure) throws IOException {
        String statusName = status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        listener.on(new RunEvent.RunFinished(statusName, failure, processor.usage()));
        Map<String, Object> run = describe(request, folder, statusName, failure);
        run.put("instructionsCompleted", completed);
        run.put("usage", Map.of("promptTokens", processor.usage().promptTokens(),
                "completionTokens", processor.usage().completionTokens()));
        folder.writeRun(run);
        return new RunResult(folder.id(), status, failure, request.workspace(), files.list(), completed,
                processor.usage());
    }

    private Map<String, Object> describe(RunRequest request, RunFolder folder, String status, String reason) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("id", folder.id());
        run.put("domain", request.domain());
        run.put("task", request.task());
        run.put("model", llm.modelName());
        run.put("status", status);
        run.put("reason", reason);
        run.put("startedFrom", request.program().isPresent() ? "program file" : "bootstrap");
        run.put("settings", request.settings());
        return run;
    }
}
