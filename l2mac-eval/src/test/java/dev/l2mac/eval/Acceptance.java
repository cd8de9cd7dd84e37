package dev.l2mac.eval;

import dev.l2mac.llm.LlmClient;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Evaluates a dataset with one direct call per problem to a scripted model, as the acceptance runs do. */
final class Acceptance {
    private static final int OUTPUT_CHARS = 20_000;
    private static final int MAX_OUTPUT_TOKENS = 4_096;

    private Acceptance() {}

    static EvalResult evaluate(Dataset dataset, LlmClient model, Duration timeout, EvalProgress progress)
            throws InterruptedException {
        return evaluate(dataset, model, timeout, progress, new LocalProcessRunner());
    }

    static EvalResult evaluate(
            Dataset dataset, LlmClient model, Duration timeout, EvalProgress progress, ProcessRunner processes)
            throws InterruptedException {
        CandidateRunner runner = new CandidateRunner(processes, "python3", timeout, OUTPUT_CHARS);
        EvalSettings settings =
                new EvalSettings(1, List.of(1), Runtime.getRuntime().availableProcessors());
        return new Evaluation(new DirectGenerator(model, 0, MAX_OUTPUT_TOKENS), runner, settings, Clock.systemUTC())
                .run(dataset, model.modelName(), timeout, progress);
    }

    static Set<String> passed(EvalResult result) {
        return result.problems().stream()
                .filter(p -> p.passes() > 0)
                .map(ProblemResult::problemId)
                .collect(Collectors.toSet());
    }

    static Set<String> ids(Dataset dataset) {
        return dataset.problems().stream().map(Problem::id).collect(Collectors.toSet());
    }

    /** The first {@code count} problems and the listed ones, in file order. */
    static Dataset sample(Dataset dataset, int count, String... alsoIds) {
        Set<String> wanted = new java.util.LinkedHashSet<>(
                dataset.first(count).problems().stream().map(Problem::id).toList());
        wanted.addAll(List.of(alsoIds));
        return dataset.only(List.copyOf(wanted));
    }
}
