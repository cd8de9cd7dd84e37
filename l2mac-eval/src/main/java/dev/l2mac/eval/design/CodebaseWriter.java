package dev.l2mac.eval.design;

import java.nio.file.Path;

/** Writes a codebase for a task into an empty workspace; returns how the run ended, in a few words. */
@FunctionalInterface
public interface CodebaseWriter {

    /** Never throws for what the model does: a failed run still leaves its partial codebase to be scored. */
    String write(String task, Path workspace);
}
