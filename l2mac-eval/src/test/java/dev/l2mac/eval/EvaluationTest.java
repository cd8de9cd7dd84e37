package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.l2mac.llm.Usage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);

    private final FakePython python = new FakePython();
    private final CandidateRunner runner = new CandidateRunner(python, "python3", TIMEOUT, 10_000);

    @Test
    void scores_each_sample_and_estimates_pass_at_k_per_problem() throws Exception {
        // Problem 0: samples 0 and 2 of 4 pass; problem 1: none passes.
        Generator generator =
                scripted((problem, sample) -> problem.id().endsWith("0") && sample % 2 == 0 ? "GOOD" : "bad");
        EvalResult result = new Evaluation(generator, runner, new EvalSettings(4, List.of(1, 2), 2), CLOCK)
                .run(dataset(2), "fake", TIMEOUT, EvalProgress.NONE);
        assertThat(result.problems()).extracting(ProblemResult::passes).containsExactly(2, 0);
        assertThat(result.passAtK().get(1)).isCloseTo((0.5 + 0) / 2, within(1e-12));
        assertThat(result.passAtK().get(2)).isCloseTo((1 - 1.0 / 6 + 0) / 2, within(1e-12));
        assertThat(result.problemsSolved()).isEqualTo(1);
        assertThat(result.verdictCounts()).containsEntry("passed", 2).containsEntry("failed", 6);
    }

    @Test
    void counts_a_timeout_and_a_missing_candidate_as_failures() throws Exception {
        Generator generator = new Generator() {
            @Override
            public String method() {
                return "fake";
            }

            @Override
            public Generation generate(Problem problem, int sample) {
                return problem.id().endsWith("0")
                        ? new Generation.Written("HANG", Usage.NONE)
                        : new Generation.NotWritten("the model failed: quota", Usage.NONE);
            }
        };
        EvalResult result = new Evaluation(generator, runner, new EvalSettings(1, List.of(1), 1), CLOCK)
                .run(dataset(2), "fake", TIMEOUT, EvalProgress.NONE);
        assertThat(result.passAtK()).containsEntry(1, 0.0);
        assertThat(result.problems().get(0).samples().getFirst().verdict()).isEqualTo(new Verdict.TimedOut(TIMEOUT));
        assertThat(result.problems().get(1).samples().getFirst().verdict())
                .isEqualTo(new Verdict.NotRun("the model failed: quota"));
    }

    @Test
    void works_on_as_many_samples_at_once_as_asked_and_no_more() throws Exception {
        new Evaluation(scripted((p, s) -> "GOOD"), runner, new EvalSettings(1, List.of(1), 3), CLOCK)
                .run(dataset(12), "fake", TIMEOUT, EvalProgress.NONE);
        assertThat(python.mostAtOnce()).isEqualTo(3);
    }

    @Test
    void reports_progress_after_every_sample_with_an_estimate_of_time_left() throws Exception {
        List<EvalProgress.Snapshot> snapshots = Collections.synchronizedList(new ArrayList<>());
        EvalResult result = new Evaluation(
                        scripted((p, s) -> "GOOD"), runner, new EvalSettings(2, List.of(1), 2), CLOCK)
                .run(dataset(3), "fake", TIMEOUT, snapshots::add);
        assertThat(snapshots).extracting(EvalProgress.Snapshot::done).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(snapshots).allSatisfy(s -> assertThat(s.total()).isEqualTo(6));
        assertThat(snapshots.getFirst().remaining()).isPresent();
        assertThat(snapshots.getLast().remaining()).contains(Duration.ZERO);
        assertThat(snapshots.getLast().passed()).isEqualTo(6);
        assertThat(result.started()).isEqualTo(CLOCK.instant());
    }

    @Test
    void estimates_time_left_from_the_pace_so_far() {
        EvalProgress.Snapshot snapshot =
                EvalProgress.Snapshot.of(10, 40, 5, Duration.ofSeconds(20), "X", new Verdict.Passed());
        assertThat(snapshot.remaining()).contains(Duration.ofSeconds(60));
        assertThat(EvalProgress.Snapshot.of(0, 40, 0, Duration.ZERO, "", new Verdict.Passed())
                        .remaining())
                .isEmpty();
    }

    static Dataset dataset(int size) {
        List<Problem> problems = IntStream.range(0, size)
                .mapToObj(i ->
                        new Problem("Demo/" + i, "def f():\n", "f", "def f():\n    return 1\n", "assert f() == 1\n"))
                .toList();
        return new Dataset(Benchmark.HUMANEVAL, Path.of("demo.jsonl"), problems);
    }

    interface Candidates {
        String of(Problem problem, int sample);
    }

    static Generator scripted(Candidates candidates) {
        return new Generator() {
            @Override
            public String method() {
                return "fake";
            }

            @Override
            public Generation generate(Problem problem, int sample) {
                return new Generation.Written(candidates.of(problem, sample), new Usage(10, 5));
            }
        };
    }
}
