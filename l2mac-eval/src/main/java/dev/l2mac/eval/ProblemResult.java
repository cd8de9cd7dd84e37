package dev.l2mac.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every sample of one problem, in sample order, and the dataset's known defect for it, if it has one. */
public record ProblemResult(String problemId, List<SampleResult> samples, Optional<String> knownIssue) {
    public ProblemResult {
        samples = samples.stream()
                .sorted(Comparator.comparingInt(SampleResult::sample))
                .toList();
        knownIssue = knownIssue == null ? Optional.empty() : knownIssue;
    }

    public int passes() {
        return (int) samples.stream().filter(s -> s.verdict().passed()).count();
    }

    public double passAt(int k) {
        return PassAtK.estimate(samples.size(), passes(), k);
    }
}
