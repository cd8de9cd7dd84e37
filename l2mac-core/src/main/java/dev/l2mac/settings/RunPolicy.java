package dev.l2mac.settings;

import dev.l2mac.stack.Stack;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a run behaves besides its limits and checks.
 *
 * @param tools          names of the tools the model may use; empty: all of the domain's tools (the tool that
 *                       completes a step is always offered)
 * @param onFailure      whether a failed instruction's changes are kept or rolled back to the last good commit
 * @param savings        which stale or redundant content the context builder leaves out
 * @param requireSandbox whether running generated code without a sandbox is an error rather than a warning
 * @param stack          the stack a codebase is written in; empty: the one the task names, Python when it names none
 */
public record RunPolicy(
        List<String> tools,
        OnFailure onFailure,
        Set<ContextSaving> savings,
        boolean requireSandbox,
        Optional<Stack> stack) {
    /**
     * Every tool, failed changes kept, every context saving, a warning when there is no sandbox, the stack the task
     * names.
     */
    public static final RunPolicy DEFAULTS =
            new RunPolicy(List.of(), OnFailure.KEEP, ContextSaving.all(), false, Optional.empty());

    public RunPolicy {
        tools = tools.stream().map(String::strip).toList();
        if (tools.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a tool name is empty");
        }
        Objects.requireNonNull(onFailure, "onFailure");
        savings = savings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(savings));
        Objects.requireNonNull(stack, "stack");
    }

    public RunPolicy withTools(List<String> offered) {
        return new RunPolicy(offered, onFailure, savings, requireSandbox, stack);
    }

    public RunPolicy withOnFailure(OnFailure policy) {
        return new RunPolicy(tools, policy, savings, requireSandbox, stack);
    }

    public RunPolicy withSavings(Set<ContextSaving> chosen) {
        return new RunPolicy(tools, onFailure, chosen, requireSandbox, stack);
    }

    public RunPolicy withRequireSandbox(boolean require) {
        return new RunPolicy(tools, onFailure, savings, require, stack);
    }

    /** This policy writing codebases in {@code chosen}, whatever the task names. */
    public RunPolicy withStack(Stack chosen) {
        return new RunPolicy(tools, onFailure, savings, requireSandbox, Optional.of(chosen));
    }
}
