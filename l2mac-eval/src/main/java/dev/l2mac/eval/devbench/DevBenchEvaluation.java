package dev.l2mac.eval.devbench;

import dev.l2mac.eval.design.CodebaseWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One DevBench task: a codebase written from the PRD and design documents into {@code <folder>/codebase}, then
 * scored by the task's acceptance tests in {@code <folder>/acceptance}. The codebase is written in the stack of the
 * task's language, Python's for a language without one.
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

    /**
     * A run outcome in a few words, and the acceptance tests' verdict on what the run left.
     *
     * @param stack the stack the codebase was written in ({@link TaskLanguage#stackNote()}); empty when it was given
     */
    public record Result(
            DevBenchTask task,
            Path codebase,
            Optional<String> stack,
            String runOutcome,
            AcceptanceOutcome acceptance) {}

    public Result run(DevBenchTask task, Path folder) {
        Path codebase = folder.resolve(CODEBASE);
        try {
            Files.createDirectories(codebase);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + codebase + ": " + e.getMessage(), e);
        }
        String outcome =
                writer.write(task.generatorTask(), Optional.of(task.language().stack()), codebase);
        return scored(task, codebase, Optional.of(task.language().stackNote()), outcome, folder);
    }

    /** Scores a codebase that already exists; the scoring copy goes under {@code folder}. */
    public Result score(DevBenchTask task, Path codebase, String outcome, Path folder) {
        return scored(task, codebase, Optional.empty(), outcome, folder);
    }

    private Result scored(DevBenchTask task, Path codebase, Optional<String> stack, String outcome, Path folder) {
        return new Result(task, codebase, stack, outcome, acceptance.run(task, codebase, folder.resolve(ACCEPTANCE)));
    }
}
