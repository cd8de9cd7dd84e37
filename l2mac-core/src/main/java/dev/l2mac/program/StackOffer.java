package dev.l2mac.program;

import java.util.List;
import java.util.Objects;

/**
 * The stacks the model may choose from when it plans a codebase whose task names none, and the words that offer
 * them, added to the planning request.
 *
 * @param stacks  the stacks' names, as the plan's {@code stack} field spells them
 * @param wording the paragraph that tells the model of the choice
 */
public record StackOffer(List<String> stacks, String wording) {
    public StackOffer {
        stacks = List.copyOf(stacks);
        Objects.requireNonNull(wording, "wording");
        if (stacks.isEmpty()) {
            throw new IllegalArgumentException("a stack offer needs at least one stack");
        }
    }
}
