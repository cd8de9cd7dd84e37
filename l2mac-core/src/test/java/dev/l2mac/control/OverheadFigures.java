package dev.l2mac.control;

import java.util.List;
import java.util.Locale;

/** Order statistics of measured intervals, in milliseconds, by the nearest-rank method. */
record OverheadFigures(int count, double medianMillis, double p90Millis, double p99Millis, double maxMillis) {
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    static OverheadFigures of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no intervals were measured; the scripted run made no round trips");
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        return new OverheadFigures(
                sorted.size(),
                rank(sorted, 50),
                rank(sorted, 90),
                rank(sorted, 99),
                sorted.getLast() / NANOS_PER_MILLI);
    }

    private static double rank(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / NANOS_PER_MILLI;
    }

    String render() {
        return String.format(
                Locale.ROOT,
                "round trips %d, median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
                count,
                medianMillis,
                p90Millis,
                p99Millis,
                maxMillis);
    }
}
