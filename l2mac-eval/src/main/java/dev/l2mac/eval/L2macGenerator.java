package dev.l2mac.eval;

import dev.l2mac.control.MachineSetup;
import dev.l2mac.control.RunRequest;
import dev.l2mac.control.RunResult;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.Usage;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Candidates written by the whole machine: each problem becomes a codebase task in a workspace of its own (kept
 * under the evaluation's folder for inspection); the model plans, writes {@value #SOLUTION_FILE} and its tests,
 * and is corrected by the checks; the candidate is that file as the run left it, whatever the run's outcome.
 */
public final class L2macGenerator implements Generator {
    static final String SOLUTION_FILE = "solution.py";
    private static final String SOLUTION_MODULE = "solution";

    private final LlmClient llm;
    private final RunSettings settings;
    private final RetryPolicy retries;
    private final PromptPack prompts;

    /**
     * @param settings the runs' settings, whose workspace is the folder under which each problem's workspace is
     *                 created
     */
    public L2macGenerator(LlmClient llm, RunSettings settings, RetryPolicy retries) {
        this.llm = llm;
        this.settings = settings;
        this.retries = retries;
        try {
            this.prompts = PromptPack.builtIn(Domain.CODEBASE);
        } catch (PromptPackException e) {
            throw new IllegalStateException("the built-in codebase prompts cannot be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public String method() {
        return "l2mac";
    }

    @Override
    public Generation generate(Problem problem, int sample) {
        Path workspace = settings.workspace().resolve(RunFiles.safeName(problem.id()) + "-s" + sample);
        String task = PromptText.L2MAC_TASK.render(Map.of(
                "prompt",
                problem.prompt(),
                "entry_point",
                problem.entryPoint(),
                "solution_file",
                SOLUTION_FILE,
                "solution_module",
                SOLUTION_MODULE));
        RunResult result;
        try {
            Files.createDirectories(workspace);
            result = MachineSetup.of(llm, Domain.CODEBASE, prompts, settings.withWorkspace(workspace))
                    .withRetries(retries)
                    .assemble()
                    .run(
                            new RunRequest(
                                    Domain.CODEBASE,
                                    task,
                                    Optional.empty(),
                                    workspace,
                                    Map.of("evaluation", problem.id(), "sample", sample)),
                            RunListener.NONE);
        } catch (IOException | RuntimeException e) {
            return new Generation.NotWritten(
                    "the run could not be made in " + workspace + ": " + e.getMessage(), Usage.NONE);
        }
        return candidate(workspace.resolve(SOLUTION_FILE), result);
    }

    private static Generation candidate(Path solution, RunResult result) {
        String outcome = result.completed() ? "" : " (the run ended " + result.status() + ": " + result.reason() + ")";
        if (!Files.isRegularFile(solution)) {
            return new Generation.NotWritten("the run wrote no " + SOLUTION_FILE + outcome, result.usage());
        }
        try {
            return new Generation.Written(Files.readString(solution), result.usage());
        } catch (IOException e) {
            return new Generation.NotWritten(
                    "cannot read " + solution + ": " + e.getMessage() + outcome, result.usage());
        }
    }
}
