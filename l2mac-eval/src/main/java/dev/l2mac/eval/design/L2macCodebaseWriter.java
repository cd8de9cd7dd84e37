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
import dev.l2mac.stack.Stack;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Codebases written by the whole machine, with the built-in codebase prompts and checks on, in the stack asked for,
 * else the one the settings choose, else the one the task names (Python when it names none).
 */
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
    public String write(String task, Optional<Stack> stack, Path workspace) {
        PromptPack prompts;
        try {
            prompts = PromptPack.builtIn(Domain.CODEBASE);
        } catch (PromptPackException e) {
            throw new IllegalStateException("the built-in codebase prompts cannot be loaded: " + e.getMessage(), e);
        }
        RunSettings run = settings.withWorkspace(workspace);
        if (stack.isPresent()) {
            run = run.withPolicy(run.policy().withStack(stack.get()));
        }
        RunResult result = MachineSetup.of(llm, Domain.CODEBASE, prompts, run)
                .withRetries(retries)
                .forTask(task)
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
