package dev.l2mac.control;

import dev.l2mac.llm.BudgetReachedException;
import dev.l2mac.llm.LlmException;
import dev.l2mac.program.BootstrapException;
import dev.l2mac.program.Bootstrapper;
import dev.l2mac.program.Plan;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.program.StackOffer;
import dev.l2mac.run.RunStatus;
import dev.l2mac.settings.Limits;
import java.util.Optional;

/**
 * Where a run's prompt program comes from, step 1 of the machine: the program the request gives, or the plan the
 * model makes of its task. A plan that cannot be obtained stops the run with a reason for the user.
 */
record ProgramSource(
        Processor processor, PromptPack prompts, Limits limits, double temperature, Optional<StackOffer> offer) {

    /** How obtaining the program ended. */
    sealed interface Outcome {}

    /** The program to execute, and the stack the model chose for it when it was offered a choice. */
    record Obtained(PromptProgram program, Optional<String> stack) implements Outcome {}

    /** No program: the run stops before its first instruction, {@code status} and {@code reason} say why. */
    record Stopped(RunStatus status, String reason) implements Outcome {}

    Outcome obtain(RunRequest request) {
        if (request.program().isPresent()) {
            return new Obtained(request.program().get(), Optional.empty());
        }
        try {
            Bootstrapper planner = new Bootstrapper(
                    processor.asModel("plan"),
                    prompts,
                    limits.maxSteps(),
                    limits.maxPlanAttempts(),
                    temperature,
                    limits.maxOutputTokens());
            Plan plan = offer.map(planner::offering).orElse(planner).plan(request.task());
            return new Obtained(plan.program(), plan.stack());
        } catch (BudgetReachedException e) {
            return new Stopped(RunStatus.BUDGET_REACHED, e.getMessage());
        } catch (BootstrapException e) {
            return new Stopped(RunStatus.FAILED, "could not obtain a prompt program: " + e.getMessage());
        } catch (LlmException e) {
            return new Stopped(
                    RunStatus.MODEL_FAILED,
                    "could not obtain a prompt program: " + e.getMessage() + " (" + e.hint() + ")");
        }
    }
}
