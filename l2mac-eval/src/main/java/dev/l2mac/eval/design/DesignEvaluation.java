package dev.l2mac.eval.design;

import dev.l2mac.stack.Stacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The paper's system-design protocol for one task: for each seed, a codebase written into a workspace of its own,
 * then judged against the task's feature checklist and measured. Seeds run one after another, as each run already
 * works its model and machine.
 */
public final class DesignEvaluation {
    private final CodebaseWriter writer;
    private final Judge judge;
    private final CodebaseMeter meter;

    public DesignEvaluation(CodebaseWriter writer, Judge judge, CodebaseMeter meter) {
        this.writer = writer;
        this.judge = judge;
        this.meter = meter;
    }

    /**
     * Runs {@code seeds} seeds of {@code task}, each in {@code folder/seed-<n>}; {@code progress} hears of each
     * seed as it finishes.
     */
    public DesignResult run(
            String taskName, String task, String model, int seeds, Path folder, Consumer<SeedResult> progress) {
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be at least 1, was " + seeds);
        }
        FeatureChecklist checklist = FeatureChecklist.parse(task);
        long start = System.nanoTime();
        List<SeedResult> results = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            Path workspace = folder.resolve("seed-" + seed);
            createEmpty(workspace);
            // the paper's stack: the metrics run the codebase's own tests with pytest and lint it with pylint
            String outcome = writer.write(task, Optional.of(Stacks.python()), workspace);
            SeedResult result = score(seed, workspace, outcome, checklist);
            results.add(result);
            progress.accept(result);
        }
        return new DesignResult(taskName, model, checklist, results, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Scores a codebase that already exists, without writing one: the judge and the metrics only. */
    public SeedResult score(int seed, Path workspace, String outcome, FeatureChecklist checklist) {
        return new SeedResult(seed, workspace, outcome, judge.judge(checklist, workspace), meter.measure(workspace));
    }

    private static void createEmpty(Path workspace) {
        try {
            Files.createDirectories(workspace);
            try (var entries = Files.list(workspace)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("the workspace " + workspace + " is not empty; choose a new "
                            + "--output folder so that seeds do not build on earlier output");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace " + workspace + ": " + e.getMessage(), e);
        }
    }
}
