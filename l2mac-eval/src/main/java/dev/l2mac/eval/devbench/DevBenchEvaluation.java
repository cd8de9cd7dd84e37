package dev.l2mac.eval.devbench;

import dev.l2mac.eval.design.CodebaseWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One DevBench task: a codebase written from the PRD and design documents into {@code <folder>/codebase}, then
 * scored by the task's acceptance tests in {@code <folder>/acceptance}.
 */
public final class DevBenchEvaluation {
    static final String CODEBASE = "codebase";
    static final String ACCEPTANCE = "acceptance";

    private final CodebaseWriter writer;
    private final AcceptanceRun acceptance;

    public DevBenchEvaluation(CodebaseWriter writer, AcceptanceRun acceptance) {
        this.writer = writer;
        this.acceptance = acceptance;
    }

    /** A run outcome in a few words, and the acceptance tests' verdict on what the run left. */
    public record Result(DevBenchTask task, Path codebase, String runOutcome, AcceptanceOutcome acceptance) {}

    public Result run(DevBenchTask task, Path folder) {
        Path codebase = folder.resolve(CODEBASE);
        try {
            Files.createDirectories(codebase);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + codebase + ": " + e.getMessage(), e);
        }
        String outcome = writer.write(task.generatorTask(), codebase);
        return score(task, codebase, outcome, folder);
    }

    /** Scores a codebase that already exists; the scoring copy goes under {@code folder}. */
    public Result score(DevBenchTask task, Path codebase, String outcome, Path folder) {
        return new Result(task, codebase, outcome, acceptance.run(task, codebase, folder.resolve(ACCEPTANCE)));
    }
}
