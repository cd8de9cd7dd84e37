package dev.l2mac.program;

import java.util.Objects;
import java.util.Optional;

/**
 * What the model planned: the prompt program, and the stack it chose when it was offered a choice.
 *
 * @param program the instructions
 * @param stack   the stack the model named; empty when it was offered none or named none
 */
public record Plan(PromptProgram program, Optional<String> stack) {
    public Plan {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(stack, "stack");
    }
}
