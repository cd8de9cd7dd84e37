package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.llm.BudgetReachedException;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.program.Instruction;
import dev.l2mac.program.PromptName;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolResult;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Executes one instruction in its own context: turns of the model and its tool calls until it declares the
 * instruction complete and the checks pass, with findings fed back, overflow recovered by a restart from a progress
 * summary, and cycles broken by temperature.
 */
final class InstructionRunner {
    /** Stands in for the findings when the checks are judged failed although no report names one. */
    static final String NO_FINDINGS = "(the checks were judged failed, but no check reported a finding)";

    private final Processor processor;
    private final ToolBox tools;
    private final OutputChecks checks;
    private final ContextBuilder contexts;
    private final PromptPack prompts;
    private final Limits limits;
    private final double baseTemperature;
    private final RunListener listener;
    private final Verdicts verdicts;
    private final SummaryRequest summaries;

    InstructionRunner(
            Processor processor,
            ToolBox tools,
            OutputChecks checks,
            ContextBuilder contexts,
            PromptPack prompts,
            Limits limits,
            double baseTemperature,
            RunListener listener,
            Verdicts verdicts) {
        this.processor = processor;
        this.tools = tools;
        this.checks = checks;
        this.contexts = contexts;
        this.prompts = prompts;
        this.limits = limits;
        this.baseTemperature = baseTemperature;
        this.listener = listener;
        this.verdicts = verdicts;
        this.summaries = new SummaryRequest(processor, prompts, contexts, baseTemperature);
    }

    StepOutcome execute(Instruction instruction, String handover) {
        InstructionState state = new InstructionState(
                instruction,
                handover,
                new Temperature(baseTemperature, limits.temperatureStep(), limits.maxTemperature()),
                new CycleDetector(limits.cycleWindow()));
        while (true) {
            if (state.turns >= limits.maxTurnsPerInstruction()) {
                return failed(
                        state,
                        "it did not complete within limits.max-turns-per-instruction=" + limits.maxTurnsPerInstruction()
                                + " model calls");
            }
            try {
                switch (turn(state)) {
                    case TurnOutcome.Continue ignored -> {}
                    case TurnOutcome.Done done -> {
                        return done.outcome();
                    }
                }
            } catch (BudgetReachedException reached) {
                listener.on(new RunEvent.InstructionFailed(instruction.number(), reached.getMessage()));
                return new StepOutcome.BudgetReached(reached.getMessage());
            }
        }
    }

    /** How one turn ended: the instruction goes on, or it is done with {@code outcome}. */
    private sealed interface TurnOutcome {
        record Continue() implements TurnOutcome {}

        record Done(StepOutcome outcome) implements TurnOutcome {}
    }

    /** One call of the model and the execution of what it asked for. */
    private TurnOutcome turn(InstructionState state) throws BudgetReachedException {
        List<Message> context = contexts.build(state);
        List<ToolSpec> specs = tools.specs();
        int promptTokens = processor.promptTokens(context, specs);
        if (overflowsBeforeSending(state, promptTokens)) {
            return restartAfterOverflow(state, promptTokens, "predicted before sending");
        }
        ChatResponse response;
        try {
            state.turns++;
            response = processor.ask(
                    "instruction " + state.instruction.number(), context, specs, null, state.temperature.current());
        } catch (LlmException.ContextOverflow overflow) {
            return restartAfterOverflow(state, promptTokens, "reported by the provider");
        } catch (LlmException failure) {
            return new TurnOutcome.Done(modelFailed(state, failure));
        }
        Message.AssistantMessage reply = response.message();
        state.dialog.add(reply);
        breakCycles(state, reply);
        if (!reply.hasToolCalls()) {
            state.dialog.add(new Message.UserMessage(prompts.render(PromptName.NO_TOOL_CALL, Map.of())));
            return new TurnOutcome.Continue();
        }
        Set<String> refused = new HashSet<>();
        boolean declaredComplete = executeToolCalls(state, reply.toolCalls(), refused);
        state.dialog.elideRefused(reply, refused);
        if (state.toolErrors > limits.maxInvalidToolCalls()) {
            return new TurnOutcome.Done(failed(
                    state,
                    state.toolErrors + " tool calls were refused, more than " + "limits.max-invalid-tool-calls="
                            + limits.maxInvalidToolCalls()));
        }
        return declaredComplete ? checkAndConclude(state) : new TurnOutcome.Continue();
    }

    /** Executes the calls in order, adding their results to the dialog; collects the ids of refused calls. */
    private boolean executeToolCalls(InstructionState state, List<ToolCall> calls, Set<String> refused) {
        boolean declaredComplete = false;
        for (ToolCall call : calls) {
            listener.on(new RunEvent.ToolCalled(call.id(), call.name(), call.arguments()));
            ToolResult result = tools.dispatch(call);
            listener.on(ToolReplies.event(call, result));
            state.dialog.add(call, result);
            switch (result) {
                case ToolResult.Ok ignored -> state.succeeded(tools.mayChangeFiles(call.name()));
                case ToolResult.TestsRan ignored -> state.succeeded(tools.mayChangeFiles(call.name()));
                case ToolResult.Error ignored -> {
                    state.toolErrors++;
                    refused.add(call.id());
                }
                case ToolResult.StepCompleted ignored -> declaredComplete = true;
            }
        }
        return declaredComplete;
    }

    /** Runs the checks: pass hands over and completes; failure feeds the findings back, a bounded number of times. */
    private TurnOutcome checkAndConclude(InstructionState state) throws BudgetReachedException {
        List<CheckReport> reports = checks.run();
        reports.forEach(report -> listener.on(CheckFeedback.event(report)));
        if (checksPass(state, reports)) {
            return new TurnOutcome.Done(complete(state));
        }
        state.corrections++;
        String rendered = CheckFeedback.render(reports, limits.toolOutputMaxChars());
        String findings = rendered.isBlank() ? NO_FINDINGS : rendered;
        if (state.corrections > limits.maxCorrectionRounds()) {
            return new TurnOutcome.Done(failed(
                    state,
                    "its checks still fail after limits.max-correction-rounds=" + limits.maxCorrectionRounds()
                            + " rounds of correction:\n" + findings));
        }
        if (cameBackUnchanged(state, findings) > limits.maxUnchangedCheckRounds()) {
            return new TurnOutcome.Done(failed(
                    state,
                    "the same failing checks came back " + state.unchangedCheckRounds
                            + " times with no file changed in between, more than limits.max-unchanged-check-rounds="
                            + limits.maxUnchangedCheckRounds() + "; the model is not acting on them:\n" + findings));
        }
        state.dialog.add(
                new Message.UserMessage(prompts.render(PromptName.CHECKS_FAILED, Map.of("findings", findings))));
        return new TurnOutcome.Continue();
    }

    /** How often in a row these failing checks came back exactly as before with no edit since; 0 when new. */
    private static int cameBackUnchanged(InstructionState state, String findings) {
        boolean unchanged = findings.equals(state.lastFailedChecks) && !state.editedSinceCheck;
        state.unchangedCheckRounds = unchanged ? state.unchangedCheckRounds + 1 : 0;
        state.lastFailedChecks = findings;
        state.editedSinceCheck = false;
        return state.unchangedCheckRounds;
    }

    private StepOutcome complete(InstructionState state) throws BudgetReachedException {
        Optional<String> summary;
        try {
            summary = summaries.ask(state, PromptName.HANDOVER_REQUEST, "handover");
        } catch (LlmException failure) {
            return modelFailed(state, failure);
        }
        if (summary.isEmpty()) {
            return failed(state, "the model could not be asked for its handover summary");
        }
        listener.on(new RunEvent.InstructionCompleted(state.instruction.number(), summary.get()));
        return new StepOutcome.Completed(summary.get());
    }

    private boolean overflowsBeforeSending(InstructionState state, int promptTokens) {
        boolean own = !processor.fits(promptTokens);
        return followed(
                state,
                "overflow before sending",
                own,
                verdicts.overflowsBeforeSending(state.instruction.number(), promptTokens, own));
    }

    private boolean checksPass(InstructionState state, List<CheckReport> reports) {
        boolean own = CheckFeedback.allPass(reports);
        boolean decided = verdicts.checksPass(state.instruction.number(), reports, own);
        // With no check run there is no judgement of our own to be overridden.
        return reports.isEmpty() ? decided : followed(state, "checks pass", own, decided);
    }

    /** Announces a verdict that overrides our own judgement, so that the event log shows where the path forked. */
    private boolean followed(InstructionState state, String question, boolean own, boolean decided) {
        if (own != decided) {
            listener.on(new RunEvent.VerdictOverridden(state.instruction.number(), question, own, decided));
        }
        return decided;
    }

    private TurnOutcome restartAfterOverflow(InstructionState state, int promptTokens, String cause)
            throws BudgetReachedException {
        if (state.dialog.isEmpty() && processor.fits(promptTokens)) {
            // Our count says it fits, so the configured window is larger than the model's real one.
            return new TurnOutcome.Done(failed(
                    state,
                    "the provider refused its fresh context of " + promptTokens
                            + " tokens (by our count) as too long, although limits.context-window="
                            + limits.contextWindow()
                            + " allows it; set limits.context-window to the model's real context window"));
        }
        if (state.dialog.isEmpty()) {
            return new TurnOutcome.Done(failed(
                    state,
                    "its fresh context alone needs " + promptTokens
                            + " tokens, more than limits.context-window=" + limits.contextWindow()
                            + " minus limits.reserve-tokens="
                            + limits.reserveTokens() + "; use a model with a larger context window or a shorter task"));
        }
        if (state.restarts >= limits.maxRestarts()) {
            return new TurnOutcome.Done(failed(
                    state, "its context overflowed more than limits.max-restarts=" + limits.maxRestarts() + " times"));
        }
        listener.on(
                new RunEvent.ContextOverflowed(state.instruction.number(), state.restarts + 1, promptTokens, cause));
        Optional<String> summary;
        try {
            summary = summaries.ask(state, PromptName.PROGRESS_SUMMARY_REQUEST, "progress summary");
        } catch (LlmException failure) {
            return new TurnOutcome.Done(modelFailed(state, failure));
        }
        if (summary.isEmpty()) {
            return new TurnOutcome.Done(
                    failed(state, "the model could not be asked for a progress summary after overflow"));
        }
        state.restart(summary.get());
        return new TurnOutcome.Continue();
    }

    private void breakCycles(InstructionState state, Message.AssistantMessage reply) {
        boolean cycling = state.cycles.cyclesAfter(reply);
        double before = state.temperature.current();
        if (state.temperature.adjust(cycling)) {
            listener.on(new RunEvent.TemperatureChanged(
                    before,
                    state.temperature.current(),
                    cycling ? "the dialog is repeating itself" : "progress resumed"));
        }
    }

    private StepOutcome.ModelFailed modelFailed(InstructionState state, LlmException failure) {
        String reason = "instruction " + state.instruction.number() + " stopped: the model request failed: "
                + failure.getMessage() + " (" + failure.hint() + ")";
        listener.on(new RunEvent.InstructionFailed(state.instruction.number(), reason));
        return new StepOutcome.ModelFailed(reason);
    }

    private StepOutcome.Failed failed(InstructionState state, String why) {
        String reason = "instruction " + state.instruction.number() + " failed: " + why;
        listener.on(new RunEvent.InstructionFailed(state.instruction.number(), reason));
        return new StepOutcome.Failed(reason);
    }
}
