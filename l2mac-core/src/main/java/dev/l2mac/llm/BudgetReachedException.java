package dev.l2mac.llm;

/**
 * The next request was not sent because it could cross a budget of the run ({@code limits.max-cost-usd},
 * {@code max-tokens} or {@code max-requests}); the message says what was spent and how to go on. Checked, so that
 * whoever asks the model turns it into an outcome where it arrives, and the run stops cleanly with everything
 * written so far kept.
 */
public final class BudgetReachedException extends Exception {
    public BudgetReachedException(String message) {
        super(message, null, false, false);
    }
}
