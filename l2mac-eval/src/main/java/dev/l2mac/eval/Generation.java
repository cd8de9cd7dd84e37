package dev.l2mac.eval;

import dev.l2mac.llm.Usage;

/** What a generator made of one problem: a candidate program, or the reason there is none; and the tokens spent. */
public sealed interface Generation {

    Usage usage();

    /** A whole Python program meant to define the problem's entry point. */
    record Written(String source, Usage usage) implements Generation {}

    /** No candidate: the model failed, or its output held no code. Scored as a failure. */
    record NotWritten(String reason, Usage usage) implements Generation {}
}
