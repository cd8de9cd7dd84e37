package dev.l2mac.eval.design;

import dev.l2mac.settings.Limits;
import dev.l2mac.control.MachineSetup;
import dev.l2mac.control.RunRequest;
import dev.l2mac.control.RunResult;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.run.RunListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Codebases written by the whole machine, with the built-in codebase prompts and checks on. */
public final class L2macCodebaseWriter implements CodebaseWriter {
    private final LlmClient llm;
    private final Limits limits;
    private final double temperature;
    private final RetryPolicy retries;
    private final boolean requireSandbox;
    private final RunListener listener;

    public L2macCodebaseWriter(LlmClient llm, Limits limits, double temperature, RetryPolicy retries,
                               boolean requireSandbox, RunListener listener) {
        this.llm = llm;
        this.limits = limits;
        this.temperature = temperature;
        this.retries = retries;
        this.requireSandbox = requireSandbox;
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
        MachineSetup setup = new MachineSetup(llm, workspace, Domain.CODEBASE, prompts, limits, temperature,
                true, List.of(), retries, null, requireSandbox);
        RunResult result = setup.assemble().run(new RunRequest(Domain.CODEBASE, task, Optional.empty(),
                workspace, Map.of("evaluation", "design")), listener);
        return result.completed() ? "completed"
                : result.status().name().toLowerCase(Locale.ROOT) + ": " + result.reason();
    }
}
