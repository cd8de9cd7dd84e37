package dev.l2mac.eval;

import java.util.Map;
import java.util.Optional;

/**
 * Defects of the published data files, found by running the canonical and deliberately wrong solutions. They are
 * scored like any other problem (so figures compare with other harnesses') and named in every report, so that a
 * reader knows the ceiling and which passes prove nothing.
 */
final class KnownIssues {
    private static final String VACUOUS = "its test never asserts (the file's assertion() computes a match and "
            + "drops it), so any candidate that runs without raising passes it; it is judged by outputs instead when "
            + "MbppPlus.jsonl.gz lies beside the OriginFmt file";
    private static final Map<Benchmark, Map<String, String>> ISSUES = Map.of(
            Benchmark.HUMANEVAL_PLUS,
                    Map.of(
                            "HumanEval/32",
                            "its test in HumanEvalPlus-OriginFmt (v0.1.10) fails for every solution, the canonical one "
                                    + "included, so 163/164 is the most any model can score"),
            Benchmark.MBPP_PLUS, Map.of("Mbpp/737", VACUOUS, "Mbpp/787", VACUOUS, "Mbpp/794", VACUOUS));

    private KnownIssues() {}

    /** The issue of a problem as it will be judged: none when it is judged by outputs, not by its broken test. */
    static Optional<String> of(Benchmark benchmark, Problem problem) {
        return problem.outputs().isPresent() ? Optional.empty() : of(benchmark, problem.id());
    }

    static Optional<String> of(Benchmark benchmark, String problemId) {
        return Optional.ofNullable(ISSUES.getOrDefault(benchmark, Map.of()).get(problemId));
    }
}
