package dev.l2mac.eval;

import dev.l2mac.llm.Usage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished evaluation: what was evaluated and how, every problem's samples, and the figures: pass@k (mean over
 * problems of the unbiased estimate) and the count of problems whose every sample passed.
 */
public record EvalResult(
        Benchmark benchmark,
        Path dataFile,
        String method,
        String model,
        EvalSettings settings,
        Duration timeout,
        Instant started,
        Duration wallTime,
        List<ProblemResult> problems) {
    public EvalResult {
        problems = List.copyOf(problems);
    }

    /** pass@k for each requested k, in ascending k. */
    public Map<Integer, Double> passAtK() {
        Map<Integer, Double> figures = new LinkedHashMap<>();
        for (int k : settings.ks()) {
            figures.put(
                    k, problems.stream().mapToDouble(p -> p.passAt(k)).average().orElse(0));
        }
        return figures;
    }

    /** Problems with at least one passing sample. */
    public int problemsSolved() {
        return (int) problems.stream().filter(p -> p.passes() > 0).count();
    }

    /** How many samples ended each way, by {@link Verdict#label()}, in a fixed order. */
    public Map<String, Integer> verdictCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String label : List.of("passed", "failed", "timed-out", "not-run")) {
            counts.put(label, 0);
        }
        problems.forEach(p -> p.samples().forEach(s -> counts.merge(s.verdict().label(), 1, Integer::sum)));
        return counts;
    }

    public Usage usage() {
        return problems.stream()
                .flatMap(p -> p.samples().stream())
                .map(SampleResult::usage)
                .reduce(Usage.NONE, Usage::plus);
    }

    /** The known dataset defects among the evaluated problems, by problem id. */
    public Map<String, String> knownIssues() {
        Map<String, String> issues = new LinkedHashMap<>();
        problems.forEach(p -> p.knownIssue().ifPresent(issue -> issues.put(p.problemId(), issue)));
        return issues;
    }
}
