package dev.l2mac.eval;

/**
 * The unbiased estimator of pass@k (Chen et al., 2021): with {@code n} samples of which {@code c} passed, the
 * chance that at least one of {@code k} samples drawn without replacement passes, {@code 1 - C(n-c, k) / C(n, k)},
 * computed as a product so that it stays exact for large {@code n}.
 */
public final class PassAtK {
    private PassAtK() {}

    public static double estimate(int n, int c, int k) {
        if (n <= 0 || k <= 0 || k > n) {
            throw new IllegalArgumentException("pass@k needs 0 < k <= n, was n=" + n + " k=" + k);
        }
        if (c < 0 || c > n) {
            throw new IllegalArgumentException("passes must be within [0, n], was c=" + c + " n=" + n);
        }
        if (n - c < k) {
            return 1.0;
        }
        double allFail = 1.0;
        for (int i = n - c + 1; i <= n; i++) {
            allFail *= 1.0 - (double) k / i;
        }
        return 1.0 - allFail;
    }
}
