package dev.l2mac.settings;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a run behaves besides its limits and checks.
 *
 * @param tools          names of the tools the model may use; empty: all of the domain's tools (the tool that
 *                       completes a step is always offered)
 * @param onFailure      whether a failed instruction's changes are kept or rolled back to the last good commit
 * @param savings        which stale or redundant content the context builder leaves out
 * @param requireSandbox whether running generated code without a sandbox is an error rather than a warning
 */
public record RunPolicy(List<String> tools, OnFailure onFailure, Set<ContextSaving> savings, boolean requireSandbox) {
    /** Every tool, failed changes kept, every context saving, a warning when there is no sandbox. */
    public static final RunPolicy DEFAULTS = new RunPolicy(List.of(), OnFailure.KEEP, ContextSaving.all(), false);

    public RunPolicy {
        tools = tools.stream().map(String::strip).toList();
        if (tools.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a tool name is empty");
        }
        Objects.requireNonNull(onFailure, "onFailure");
        savings = savings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(savings));
    }

    public RunPolicy withTools(List<String> offered) {
        return new RunPolicy(offered, onFailure, savings, requireSandbox);
    }

    public RunPolicy withOnFailure(OnFailure policy) {
        return new RunPolicy(tools, policy, savings, requireSandbox);
    }

    public RunPolicy withSavings(Set<ContextSaving> chosen) {
        return new RunPolicy(tools, onFailure, chosen, requireSandbox);
    }

    public RunPolicy withRequireSandbox(boolean require) {
        return new RunPolicy(tools, onFailure, savings, require);
    }
}
