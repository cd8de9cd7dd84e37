package dev.l2mac.eval.design;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * A finished design evaluation: the task, its checklist, each seed's result, and the figures over seeds. Seeds
 * whose judge answer was malformed or missing are left out of the feature figure and counted separately.
 */
public record DesignResult(
        String taskName, String model, FeatureChecklist checklist, List<SeedResult> seeds, Duration wallTime) {
    public DesignResult {
        seeds = List.copyOf(seeds);
    }

    /** Percent of the checklist implemented, over the seeds the judge scored. */
    public Interval featuresPercent() {
        return Interval.of(seeds.stream()
                .filter(s -> s.verdict() instanceof JudgeVerdict.Scored)
                .map(s -> 100 * ((JudgeVerdict.Scored) s.verdict()).share())
                .toList());
    }

    public long unscoredSeeds() {
        return seeds.stream()
                .filter(s -> !(s.verdict() instanceof JudgeVerdict.Scored))
                .count();
    }

    public Interval linesOfCode() {
        return over(m -> (double) m.linesOfCode());
    }

    public Interval pylintErrors() {
        return Interval.of(seeds.stream()
                .map(s -> s.metrics().pylintErrors())
                .filter(m -> m instanceof Measured.Value<Integer>)
                .map(m -> (double) ((Measured.Value<Integer>) m).value())
                .toList());
    }

    public Interval testsPassed() {
        return Interval.of(seeds.stream()
                .map(s -> s.metrics().tests())
                .filter(m -> m instanceof Measured.Value<TestCounts>)
                .map(m -> (double) ((Measured.Value<TestCounts>) m).value().passed())
                .toList());
    }

    private Interval over(Function<CodebaseMetrics, Double> metric) {
        return Interval.of(seeds.stream().map(s -> metric.apply(s.metrics())).toList());
    }
}
