package dev.l2mac.control;

import dev.l2mac.program.PromptPack;
import dev.l2mac.program.StackOffer;
import dev.l2mac.tools.ToolBox;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a machine's prompts and tools follow the stack its codebase is written in: the stack it starts in, the choice
 * offered to the model when it plans a task that names no stack, and the prompts and tools of the stack it chose.
 *
 * @param stack the stack the machine starts in; empty for one whose prompts and tools depend on none (a book)
 * @param offer the choice of stack offered when planning; empty when the stack is fixed
 * @param parts the prompts and tools of a stack, by name
 */
public record Stacking(String stack, Optional<StackOffer> offer, Function<String, Parts> parts) {

    /** The prompts and tools instructions are executed with. */
    public record Parts(PromptPack prompts, ToolBox tools) {
        public Parts {
            Objects.requireNonNull(prompts, "prompts");
            Objects.requireNonNull(tools, "tools");
        }
    }

    public Stacking {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(parts, "parts");
    }

    /** For a machine whose prompts and tools depend on no stack. */
    static Stacking none(PromptPack prompts, ToolBox tools) {
        Parts fixed = new Parts(prompts, tools);
        return new Stacking("", Optional.empty(), name -> fixed);
    }
}
