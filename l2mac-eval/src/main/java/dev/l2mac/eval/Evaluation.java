package dev.l2mac.eval;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a benchmark: for every problem and sample, a candidate from the {@link Generator}, run against the problem's
 * tests by the {@link CandidateRunner}; at most {@code parallelism} samples are worked on at once.
 */
public final class Evaluation {
    private final Generator generator;
    private final CandidateRunner runner;
    private final EvalSettings settings;
    private final Clock clock;

    public Evaluation(Generator generator, CandidateRunner runner, EvalSettings settings, Clock clock) {
        this.generator = generator;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Evaluates every problem of {@code dataset}; {@code model} names the model for the report.
     *
     * @throws InterruptedException when interrupted; samples in flight are abandoned and their processes killed
     */
    public EvalResult run(Dataset dataset, String model, Duration timeout, EvalProgress progress)
            throws InterruptedException {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        int total = dataset.problems().size() * settings.samples();
        Tally tally = new Tally(total, startNanos, progress);
        List<List<Future<SampleResult>>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(
                settings.parallelism(),
                Thread.ofPlatform().name("eval-", 1).daemon().factory());
        try {
            for (Problem problem : dataset.problems()) {
                List<Future<SampleResult>> samples = new ArrayList<>();
                for (int sample = 0; sample < settings.samples(); sample++) {
                    int index = sample;
                    samples.add(pool.submit(() -> tally.record(problem.id(), attempt(problem, index))));
                }
                futures.add(samples);
            }
            List<ProblemResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                Problem problem = dataset.problems().get(i);
                results.add(new ProblemResult(
                        problem.id(), collect(futures.get(i)), KnownIssues.of(dataset.benchmark(), problem)));
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - startNanos);
            return new EvalResult(
                    dataset.benchmark(),
                    dataset.file(),
                    generator.method(),
                    model,
                    settings,
                    timeout,
                    started,
                    wall,
                    results);
        } finally {
            pool.shutdownNow();
        }
    }

    private SampleResult attempt(Problem problem, int sample) {
        Generation generation = generator.generate(problem, sample);
        return switch (generation) {
            case Generation.NotWritten none ->
                new SampleResult(sample, "", new Verdict.NotRun(none.reason()), Duration.ZERO, none.usage());
            case Generation.Written written -> {
                long start = System.nanoTime();
                Verdict verdict = runner.run(problem, written.source());
                yield new SampleResult(
                        sample,
                        written.source(),
                        verdict,
                        Duration.ofNanos(System.nanoTime() - start),
                        written.usage());
            }
        };
    }

    private static List<SampleResult> collect(List<Future<SampleResult>> samples) throws InterruptedException {
        List<SampleResult> results = new ArrayList<>();
        for (Future<SampleResult> sample : samples) {
            try {
                results.add(sample.get());
            } catch (ExecutionException e) {
                // A defect of the harness, not of the candidate: stop rather than score it.
                throw new IllegalStateException("evaluating a sample failed: " + e.getCause(), e.getCause());
            }
        }
        return results;
    }

    /** Counts finished samples and tells the progress listener, one update at a time. */
    private static final class Tally {
        private final int total;
        private final long startNanos;
        private final EvalProgress progress;
        private int done;
        private int passed;

        Tally(int total, long startNanos, EvalProgress progress) {
            this.total = total;
            this.startNanos = startNanos;
            this.progress = progress;
        }

        synchronized SampleResult record(String problemId, SampleResult result) {
            done++;
            if (result.verdict().passed()) {
                passed++;
            }
            progress.update(EvalProgress.Snapshot.of(
                    done,
                    total,
                    passed,
                    Duration.ofNanos(System.nanoTime() - startNanos),
                    problemId,
                    result.verdict()));
            return result;
        }
    }
}
