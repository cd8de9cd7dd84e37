package dev.l2mac.control;

/**
 * The next request could cross a budget ({@code limits.max-cost-usd}, {@code max-tokens} or {@code max-requests}),
 * so it is not sent; the run stops cleanly with everything written so far kept. Unchecked because it passes
 * through the {@link dev.l2mac.llm.LlmClient} the bootstrapper is given.
 */
final class BudgetReached extends RuntimeException {
    BudgetReached(String message) {
        super(message, null, false, false);
    }
}
