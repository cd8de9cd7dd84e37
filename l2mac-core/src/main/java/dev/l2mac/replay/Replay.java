package dev.l2mac.replay;

import dev.l2mac.control.Machine;
import dev.l2mac.control.MachineSetup;
import dev.l2mac.control.RunRequest;
import dev.l2mac.control.RunResult;
import dev.l2mac.llm.RecordedResponses;
import dev.l2mac.llm.ReplayLlm;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stacks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays a recorded run through the real control unit: the recording answers every request in order, the tools
 * and checks run for real on the workspace, and where the path forks (a check verdict, an overflow) the replay
 * follows the recording and notes where our own judgement differed. The report goes into the run's folder.
 */
public final class Replay {
    /** The context window of the model the reference runs used (GPT-4, 8k tokens). */
    public static final int GPT4_CONTEXT_WINDOW = 8_192;
    /** The replayed run starts cold, as the recorded one did; the cycle breaker may raise it. */
    static final double TEMPERATURE = 0.0;

    private final RecordedResponses recording;
    private final Path workspace;
    private final PromptPack prompts;
    private final Limits limits;
    private final boolean checks;
    private final Set<ContextSaving> savings;

    /**
     * A replay into {@code workspace}, which must be empty, with limits as {@link #limitsFor} makes them, building
     * contexts with {@code savings}.
     */
    public Replay(
            RecordedResponses recording,
            Path workspace,
            PromptPack prompts,
            Limits limits,
            boolean checks,
            Set<ContextSaving> savings) {
        this.savings = Set.copyOf(savings);
        this.recording = recording;
        this.workspace = workspace.toAbsolutePath().normalize();
        this.prompts = prompts;
        this.limits = limits;
        this.checks = checks;
    }

    /**
     * Limits for a replay: {@code base} with the recorded model's context window, and the bounds that stop an
     * instruction (restarts, correction rounds, turns, refused tool calls) raised so far that only the recording's
     * end can stop it, because in a replay the recording decides when the run ends.
     */
    public static Limits limitsFor(RecordedResponses recording, Limits base, int contextWindow) {
        int everyResponse = Math.max(1, recording.size());
        return base.withContextWindow(contextWindow, Math.min(base.reserveTokens(), contextWindow - 1))
                .withStoppingBounds(recording.failures(), everyResponse, everyResponse, everyResponse, everyResponse);
    }

    /**
     * Runs the replay; progress goes to {@code progress} after the run's event log has it.
     *
     * @throws IllegalStateException when the workspace already holds files, which the recorded run never saw
     */
    public ReplayReport run(String task, RunListener progress) throws IOException {
        List<String> existing = new DiskFileStore(workspace, limits.maxFileBytes()).list();
        if (!existing.isEmpty()) {
            throw new IllegalStateException("the workspace " + workspace + " already holds " + existing.size()
                    + " file(s), such as " + existing.getFirst() + "; a replay starts from an empty workspace, as"
                    + " the recorded run did; choose an empty or new folder");
        }
        ReplayLlm llm = new ReplayLlm(
                recording, TokenCounter.forModel(recording.model()).remembering(TokenCounter.CONTEXT_TEXTS));
        RecordedVerdicts verdicts = new RecordedVerdicts(llm);
        AtomicInteger restarts = new AtomicInteger();
        RunListener counting = event -> {
            if (event instanceof RunEvent.ContextOverflowed) {
                restarts.incrementAndGet();
            }
        };
        Machine machine = MachineSetup.of(
                        llm,
                        Domain.CODEBASE,
                        prompts,
                        new RunSettings(
                                workspace,
                                TEMPERATURE,
                                limits,
                                CheckSettings.DEFAULTS.withEnabled(checks),
                                // the reference implementation's prompts and tools (Stacks.reference)
                                RunPolicy.DEFAULTS.withStack(Stacks.reference()).withSavings(savings)))
                .following(verdicts)
                .assemble();
        RunResult result = machine.run(
                new RunRequest(
                        Domain.CODEBASE,
                        task,
                        Optional.empty(),
                        workspace,
                        Map.of(
                                "replayOf",
                                recording.size() + " recorded responses of " + recording.model(),
                                "checks",
                                checks,
                                "contextSavings",
                                savings.stream()
                                        .map(ContextSaving::key)
                                        .sorted()
                                        .toList())),
                RunListener.all(List.of(counting, progress)));
        ReplayReport report = report(result, llm, verdicts, restarts.get());
        RunFolder.existing(workspace, result.runId()).writeReplayReport(report);
        return report;
    }

    private ReplayReport report(RunResult result, ReplayLlm llm, RecordedVerdicts verdicts, int restarts) {
        List<RecordedVerdicts.Decision> decisions = verdicts.decisions();
        return new ReplayReport(
                result.runId(),
                result.status().name().toLowerCase(java.util.Locale.ROOT),
                result.reason(),
                recording.size(),
                llm.served().size(),
                recording.failures(),
                result.instructionsCompleted(),
                restarts,
                ReplayReport.Agreement.of(decisions, RecordedVerdicts.Kind.CHECKS),
                ReplayReport.Agreement.of(decisions, RecordedVerdicts.Kind.OVERFLOW),
                decisions.stream().filter(d -> !d.agrees()).toList(),
                ReplayReport.Tokens.of(llm.served()),
                llm.served());
    }
}
