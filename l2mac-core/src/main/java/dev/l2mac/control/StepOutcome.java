package dev.l2mac.control;

/** How one instruction ended. The set is closed. */
public sealed interface StepOutcome {

    /** The instruction is done and its checks pass; {@code summary} is handed over to the next instruction. */
    record Completed(String summary) implements StepOutcome {}

    /** The instruction could not be completed within the limits; {@code reason} says why, for the user. */
    record Failed(String reason) implements StepOutcome {}

    /** The next request could have crossed a budget; {@code reason} says what was spent and how to go on. */
    record BudgetReached(String reason) implements StepOutcome {}

    /** The model could not be asked (authentication, unknown model, retries exhausted); {@code reason} says why. */
    record ModelFailed(String reason) implements StepOutcome {}
}
