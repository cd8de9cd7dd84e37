package dev.l2mac.map;

/**
 * Personalised PageRank by power iteration: a walker follows a file's weighted edges with probability
 * {@link #DAMPING} and otherwise (or from a file without edges) jumps to a file drawn from the personalisation.
 * Deterministic: the same graph and personalisation give the same ranks.
 */
final class PageRank {

    /** The probability of following an edge rather than jumping. */
    static final double DAMPING = 0.85;
    /** Iterations at most; the ranks usually settle far sooner. */
    static final int MAX_ITERATIONS = 100;
    /** The iteration stops when the ranks moved less than this in total (L1). */
    static final double TOLERANCE = 1e-9;

    private PageRank() {}

    /** The rank of each file of {@code graph}; {@code personalisation} sums to 1. */
    static double[] ranks(ReferenceGraph graph, double[] personalisation) {
        int files = personalisation.length;
        double[] outWeight = new double[files];
        for (int file = 0; file < files; file++) {
            for (double weight : graph.weights[file]) {
                outWeight[file] += weight;
            }
        }
        double[] rank = personalisation.clone();
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[files];
            double stranded = 0;
            for (int file = 0; file < files; file++) {
                if (outWeight[file] == 0) {
                    stranded += rank[file];
                    continue;
                }
                double share = DAMPING * rank[file] / outWeight[file];
                int[] targets = graph.targets[file];
                double[] weights = graph.weights[file];
                for (int edge = 0; edge < targets.length; edge++) {
                    next[targets[edge]] += share * weights[edge];
                }
            }
            double jump = DAMPING * stranded + (1 - DAMPING);
            double moved = 0;
            for (int file = 0; file < files; file++) {
                next[file] += jump * personalisation[file];
                moved += Math.abs(next[file] - rank[file]);
            }
            rank = next;
            if (moved < TOLERANCE) {
                break;
            }
        }
        return rank;
    }
}
