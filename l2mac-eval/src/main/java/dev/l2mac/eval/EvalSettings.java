package dev.l2mac.eval;

import java.util.List;

/**
 * How an evaluation samples and runs: candidates per problem ({@code n}), the {@code k} values of pass@k to report
 * (each at most {@code n}), and how many problems are worked on at once.
 */
public record EvalSettings(int samples, List<Integer> ks, int parallelism) {
    /** One candidate per problem, pass@1, as in the paper's HumanEval table. */
    public static final int DEFAULT_SAMPLES = 1;

    public static final List<Integer> DEFAULT_KS = List.of(1);

    public EvalSettings {
        ks = List.copyOf(ks).stream().distinct().sorted().toList();
        if (samples < 1) {
            throw new IllegalArgumentException("samples per problem must be at least 1, was " + samples);
        }
        if (ks.isEmpty() || ks.getFirst() < 1 || ks.getLast() > samples) {
            throw new IllegalArgumentException("every k of pass@k must be within [1, samples=" + samples + "], was "
                    + ks + "; draw more samples or choose smaller k");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
    }
}
