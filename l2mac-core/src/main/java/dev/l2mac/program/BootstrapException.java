package dev.l2mac.program;

/** The model did not produce a usable prompt program within the allowed attempts. */
public final class BootstrapException extends Exception {

    private final int attempts;
    private final String lastProblem;

    public BootstrapException(int attempts, String lastProblem) {
        super("The model returned no usable plan in " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + "; the last one was rejected because " + lastProblem + ". Run again, raise"
                + " limits.max-plan-attempts, use a more capable model, or write the plan yourself and pass it"
                + " with --program plan.yaml.");
        this.attempts = attempts;
        this.lastProblem = lastProblem;
    }

    /** How many plans the model was asked for. */
    public int attempts() {
        return attempts;
    }

    /** Why the last plan was rejected, as told to the model. */
    public String lastProblem() {
        return lastProblem;
    }
}
