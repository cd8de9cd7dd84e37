package dev.l2mac.control;

import dev.l2mac.llm.BudgetReachedException;
import dev.l2mac.llm.ModelInfo;
import dev.l2mac.llm.Usage;
import dev.l2mac.settings.Limits;
import java.util.Locale;

/**
 * What the run has spent (tokens, requests, US dollars at the model's list prices), and the budget check made
 * before every request against the most that request could spend: its prompt plus its longest reply.
 */
final class Spending {
    private final ModelInfo model;
    private final Limits limits;
    private Usage usage = Usage.NONE;
    private double cost;
    private int requests;

    Spending(ModelInfo model, Limits limits) {
        this.model = model;
        this.limits = limits;
    }

    /** Refuses a request of {@code promptTokens} with up to {@code maxOutputTokens} of reply that could cross a budget. */
    void requireRoomFor(int promptTokens, int maxOutputTokens) throws BudgetReachedException {
        if (limits.maxRequests() > 0 && requests + 1 > limits.maxRequests()) {
            throw reached(
                    "limits.max-requests=" + limits.maxRequests(),
                    "the next request would be request " + (requests + 1));
        }
        long worstTokens = usage.totalTokens() + promptTokens + maxOutputTokens;
        if (limits.maxTokens() > 0 && worstTokens > limits.maxTokens()) {
            throw reached(
                    "limits.max-tokens=" + limits.maxTokens(),
                    "the next request could bring the total to " + worstTokens + " tokens (" + promptTokens
                            + " prompt + up to " + maxOutputTokens + " reply)");
        }
        double worstCost = cost + model.cost(promptTokens, maxOutputTokens);
        if (limits.maxCostUsd() > 0 && worstCost > limits.maxCostUsd()) {
            throw reached(
                    "limits.max-cost-usd=" + dollars(limits.maxCostUsd()),
                    "the next request could bring the " + "cost to " + dollars(worstCost));
        }
    }

    void record(Usage reported) {
        usage = usage.plus(reported);
        cost += model.cost(reported);
        requests++;
    }

    Usage usage() {
        return usage;
    }

    double cost() {
        return cost;
    }

    int requests() {
        return requests;
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "%s, %,d tokens (%,d prompt + %,d completion), %d requests",
                dollars(cost),
                usage.totalTokens(),
                usage.promptTokens(),
                usage.completionTokens(),
                requests);
    }

    private BudgetReachedException reached(String budget, String why) {
        return new BudgetReachedException("budget reached: " + why + ", beyond " + budget + "; spent so far: "
                + describe()
                + ". Everything written so far is kept; raise the budget (--max-cost, --max-tokens, --max-requests) "
                + "to go on");
    }

    static String dollars(double amount) {
        return String.format(Locale.ROOT, "$%.4f", amount);
    }
}
