package dev.l2mac.eval.polyglot;

import dev.l2mac.llm.LlmClient;
import dev.l2mac.process.ProcessRunner;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Aider's polyglot benchmark: each exercise of one language is completed by the model from its instructions and
 * stub files (never its tests), then scored by the track's tests; with two attempts the second sees the first's
 * failing test output. Writes {@code report.json}, {@code report.md} and {@code chart.png} into the plan's output
 * folder and prints one line per exercise, then {@code N/M passed}.
 *
 * <p>The command {@code l2mac eval polyglot --data DIR --language java|python|javascript [--exercises a,b]
 * --method l2mac|direct [--attempts 1|2] --output DIR} calls {@link #run(PolyglotPlan, LlmClient, ProcessRunner,
 * ProcessRunner, PrintStream)} with:
 * <ul>
 *   <li>{@code plan}: {@link PolyglotPlan#of} with {@code --data} as is, {@link PolyglotLanguage#parse} of
 *       {@code --language}, {@code --exercises} split on commas (empty list when absent), {@link
 *       PolyglotPlan.Method#parse} of {@code --method}, {@code --attempts} (default 1) and {@code --output}; then
 *       {@link PolyglotPlan#withRun} with the command's {@code RunSettings} (temperature, limits, checks) and, when
 *       it has a timeout option, {@link PolyglotPlan#withTimeout};</li>
 *   <li>{@code llm}: the chosen model, retrying retryable failures itself;</li>
 *   <li>{@code runner}: the sandboxed process runner the machine's checks use (network isolated);</li>
 *   <li>{@code installer}: the runner for the one-time {@code npm install} of Jest, with the network open (the
 *       sandboxed runner built with {@code Network.OPEN}, or the unconfined one);</li>
 *   <li>{@code out}: standard output.</li>
 * </ul>
 * A {@link PolyglotException} (unknown language, method or exercise, an exercise without tests, a bad attempt
 * count) is a usage or data error: print its message and exit 2, nothing was run.
 */
public final class PolyglotEvaluation {
    private final PolyglotPlan plan;
    private final PolyglotGenerator generator;
    private final TestRun tests;
    private final PrintStream out;

    PolyglotEvaluation(PolyglotPlan plan, PolyglotGenerator generator, TestRun tests, PrintStream out) {
        this.plan = plan;
        this.generator = generator;
        this.tests = tests;
        this.out = out;
    }

    /** As {@link #run(PolyglotPlan, LlmClient, ProcessRunner, ProcessRunner, PrintStream)}, installing through
     * {@code runner} too. */
    public static PolyglotResult run(PolyglotPlan plan, LlmClient llm, ProcessRunner runner, PrintStream out)
            throws IOException {
        return run(plan, llm, runner, runner, out);
    }

    /**
     * Evaluates the plan's exercises and writes the reports into {@code plan.output()}.
     *
     * @throws PolyglotException when the data or the plan cannot be used; nothing has run then
     * @throws IOException       when the reports cannot be written
     */
    public static PolyglotResult run(
            PolyglotPlan plan, LlmClient llm, ProcessRunner runner, ProcessRunner installer, PrintStream out)
            throws IOException {
        PolyglotGenerator generator = switch (plan.method()) {
            case DIRECT -> new DirectPolyglotGenerator(llm, plan.run().temperature());
            case L2MAC ->
                new L2macPolyglotGenerator(llm, plan.run(), plan.output().resolve(PolyglotPlan.WORKSPACES));
        };
        TestRun tests = TestRun.of(plan.language(), runner, installer, plan.toolCache());
        return new PolyglotEvaluation(plan, generator, tests, out).run(llm.modelName(), Clock.systemUTC());
    }

    PolyglotResult run(String model, Clock clock) throws IOException {
        List<PolyglotExercise> exercises = ExerciseSelection.select(plan.dataDir(), plan.language(), plan.exercises());
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        List<ExerciseResult> results = new ArrayList<>();
        for (PolyglotExercise exercise : exercises) {
            ExerciseResult result = attempts(exercise);
            results.add(result);
            out.println("[" + results.size() + "/" + exercises.size() + "] " + exercise.name() + ": "
                    + result.outcome().label() + " after " + result.attempts().size() + " attempt"
                    + (result.attempts().size() == 1 ? "" : "s"));
        }
        PolyglotResult result =
                new PolyglotResult(plan, model, started, Duration.ofNanos(System.nanoTime() - startNanos), results);
        PolyglotReport.write(result, plan.output());
        out.println(result.summary());
        return result;
    }

    private ExerciseResult attempts(PolyglotExercise exercise) throws IOException {
        Map<String, String> solution = new HashMap<>(exercise.solutionFiles());
        Optional<PolyglotGenerator.Retry> retry = Optional.empty();
        List<AttemptResult> attempts = new ArrayList<>();
        for (int attempt = 1; attempt <= plan.attempts(); attempt++) {
            Reply reply = generator.attempt(exercise, retry);
            if (reply instanceof Reply.Edited edited) {
                solution.putAll(edited.files());
            }
            long start = System.nanoTime();
            TestOutcome outcome = test(exercise, solution);
            attempts.add(
                    new AttemptResult(attempt, reply, solution, outcome, Duration.ofNanos(System.nanoTime() - start)));
            if (outcome.passed() || outcome instanceof TestOutcome.NotMeasurable) {
                break;
            }
            retry = Optional.of(new PolyglotGenerator.Retry(outcome.detail(), reply));
        }
        return new ExerciseResult(exercise.name(), attempts);
    }

    private TestOutcome test(PolyglotExercise exercise, Map<String, String> solution) throws IOException {
        Path scratch = Files.createTempDirectory("l2mac-polyglot-");
        try {
            return tests.run(exercise, solution, scratch.resolve(exercise.name()), plan.timeout());
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary folder is harmless and the outcome is already known.
        }
    }
}
