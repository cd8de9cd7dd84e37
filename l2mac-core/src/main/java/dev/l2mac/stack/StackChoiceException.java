package dev.l2mac.stack;

/**
 * A codebase task whose stack cannot be settled from its words: it names several stacks, or a language no stack
 * writes. Raised before the run sends anything; the message says how to choose a stack.
 */
public final class StackChoiceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    StackChoiceException(String message) {
        super(message);
    }
}
