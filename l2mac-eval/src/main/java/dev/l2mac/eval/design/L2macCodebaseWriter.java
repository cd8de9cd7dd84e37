package dev.l2mac.eval.design;

import dev.l2mac.control.MachineSetup;
import dev.l2mac.control.RunRequest;
import dev.l2mac.control.RunResult;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Codebases written by the whole machine, with the built-in codebase prompts and checks on. */
public final class L2macCodebaseWriter implements CodebaseWriter {
    private final LlmClient llm;
    private final RunSettings settings;
    private final RetryPolicy retries;
    private final RunListener listener;

    /** A writer whose runs use {@code settings}, each in the workspace it is given. */
    public L2macCodebaseWriter(LlmClient llm, RunSettings settings, RetryPolicy retries, RunListener listener) {
        this.llm = llm;
        this.settings = settings;
        this.retries = retries;
        this.listener = listener;
    }

    @Override
    public String write(String task, Path workspace) {
        PromptPack prompts;
        try {
            prompts = PromptPack.builtIn(Domain.CODEBASE);
        } catch (PromptPackException e) {
            throw new IllegalStateException("the built-in codebase prompts cannot be loaded: " + e.getMessage(), e);
        }
        RunResult result = MachineSetup.of(llm, Domain.CODEBASE, prompts, settings.withWorkspace(workspace))
                .withRetries(retries)
                .assemble()
                .run(
                        new RunRequest(
                                Domain.CODEBASE, task, Optional.empty(), workspace, Map.of("evaluation", "design")),
                        listener);
        return result.completed()
                ? "completed"
                : result.status().name().toLowerCase(Locale.ROOT) + ": " + result.reason();
    }
}
