package dev.l2mac.eval;

/**
 * Has a model write a candidate for one problem. Implementations are called from several threads at once and
 * never throw for what the model does: a model failure is a {@link Generation.NotWritten}.
 */
public interface Generator {

    /** How the candidates were made, for reports: {@code l2mac} or {@code direct}. */
    String method();

    /** Writes candidate number {@code sample} (from 0) for {@code problem}. */
    Generation generate(Problem problem, int sample);
}
