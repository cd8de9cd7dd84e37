package dev.l2mac.eval.design;

import java.util.List;

/**
 * A mean with its 95% confidence interval from Student's t distribution (two-sided), as the paper reports seeds;
 * with one value the interval is unknown and its half-width is NaN.
 */
public record Interval(double mean, double halfWidth, int n) {
    /** t(0.975, df) for df = 1..30; beyond that the normal 1.96 is close enough. */
    private static final double[] T_975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
        2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };

    private static final double Z_975 = 1.96;

    public static Interval of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, 0);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (n == 1) {
            return new Interval(mean, Double.NaN, 1);
        }
        double variance =
                values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        double t = n - 1 <= T_975.length ? T_975[n - 2] : Z_975;
        return new Interval(mean, t * Math.sqrt(variance / n), n);
    }

    /** {@code 12.3 ± 4.5}, or the mean alone when the interval is unknown. */
    public String format(String numberFormat) {
        if (Double.isNaN(mean)) {
            return "n/a";
        }
        String text = String.format(java.util.Locale.ROOT, numberFormat, mean);
        return Double.isNaN(halfWidth)
                ? text
                : text + " ± " + String.format(java.util.Locale.ROOT, numberFormat, halfWidth);
    }
}
