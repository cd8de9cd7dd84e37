package dev.l2mac.eval.design;

import dev.l2mac.stack.Stack;
import java.nio.file.Path;
import java.util.Optional;

/** Writes a codebase for a task into an empty workspace; returns how the run ended, in a few words. */
@FunctionalInterface
public interface CodebaseWriter {

    /**
     * Never throws for what the model does: a failed run still leaves its partial codebase to be scored.
     *
     * @param stack the stack to write in; empty: the one the run's settings choose, else the one the task names
     */
    String write(String task, Optional<Stack> stack, Path workspace);
}
