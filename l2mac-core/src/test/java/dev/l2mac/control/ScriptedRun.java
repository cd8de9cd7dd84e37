package dev.l2mac.control;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A whole codebase run of one given instruction, with the built-in prompts and the machine's own checks. */
final class ScriptedRun {

    private ScriptedRun() {}

    /**
     * Runs {@code instruction} over {@code workspace} with {@code model}, the default settings and no context saving
     * (so that the scripted replies meet the requests they were written for); every event goes to {@code events}.
     */
    static RunResult of(ScriptedLlm model, Path workspace, String instruction, List<RunEvent> events) throws Exception {
        return of(model, RunSettings.defaults(workspace), instruction, events);
    }

    /** As {@link #of(ScriptedLlm, Path, String, List)}, with {@code settings} (and their workspace). */
    static RunResult of(ScriptedLlm model, RunSettings settings, String instruction, List<RunEvent> events)
            throws Exception {
        return MachineSetup.of(
                        model,
                        Domain.CODEBASE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        settings.withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())))
                .assemble()
                .run(
                        new RunRequest(
                                Domain.CODEBASE,
                                instruction,
                                Optional.of(PromptProgram.of(List.of(instruction))),
                                settings.workspace(),
                                Map.of()),
                        events::add);
    }
}
