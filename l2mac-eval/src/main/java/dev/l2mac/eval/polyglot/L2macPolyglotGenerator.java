package dev.l2mac.eval.polyglot;

import dev.l2mac.control.MachineSetup;
import dev.l2mac.control.RunRequest;
import dev.l2mac.control.RunResult;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.Usage;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stacks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole machine in a copy of the stub (instructions and stub files only, never the tests) kept under
 * {@code workspaces/<exercise>} with the run's log, its checks set to the exercise's language. The solution is the
 * solution files as the run left them; a second attempt is another run in the same workspace, told the failures.
 */
record L2macPolyglotGenerator(LlmClient llm, RunSettings settings, Path workspaces) implements PolyglotGenerator {

    @Override
    public String method() {
        return "l2mac";
    }

    @Override
    public Reply attempt(PolyglotExercise exercise, Optional<Retry> retry) {
        Path workspace = workspaces.resolve(exercise.name()).toAbsolutePath();
        Map<String, String> values = new HashMap<>(Map.of(
                "language", DirectPolyglotGenerator.displayName(exercise.language()),
                "instructions", exercise.instructions().strip(),
                "solution_files", names(exercise.solutionFiles().keySet()),
                "editor_files",
                        exercise.editorFiles().isEmpty()
                                ? "none"
                                : names(exercise.editorFiles().keySet())));
        RunResult result;
        try {
            String task;
            if (retry.isEmpty()) {
                for (Map.Entry<String, String> file : exercise.shownFiles().entrySet()) {
                    ExerciseCopy.writeInside(workspace, file.getKey(), file.getValue());
                }
                values.put(
                        "files",
                        PolyglotPrompt.files(exercise.language(), exercise.shownFiles())
                                .strip());
                task = PolyglotPrompt.L2MAC_TASK.render(values);
            } else {
                values.put("test_output", PolyglotPrompt.feedback(retry.get().testOutput()));
                task = PolyglotPrompt.L2MAC_RETRY.render(values);
            }
            // the exercise's own stack: its prompts and tools, never Python's for a Java or JavaScript exercise
            RunSettings run = settings.withWorkspace(workspace)
                    .withChecks(settings.checks()
                            .withLanguages(Set.of(exercise.language().checked())))
                    .withPolicy(settings.policy()
                            .withStack(Stacks.named(exercise.language().key())));
            result = MachineSetup.of(llm, Domain.CODEBASE, PromptPack.builtIn(Domain.CODEBASE), run)
                    .assemble()
                    .run(
                            new RunRequest(
                                    Domain.CODEBASE,
                                    task,
                                    Optional.empty(),
                                    workspace,
                                    Map.of(
                                            "evaluation",
                                            "polyglot/" + exercise.language().key() + "/" + exercise.name(),
                                            "attempt",
                                            retry.isEmpty() ? 1 : 2)),
                            RunListener.NONE);
        } catch (IOException | PromptPackException | RuntimeException e) {
            return new Reply.NoReply("the run could not be made in " + workspace + ": " + e.getMessage(), Usage.NONE);
        }
        return collected(exercise, workspace, result);
    }

    private static Reply collected(PolyglotExercise exercise, Path workspace, RunResult result) {
        String outcome =
                result.completed() ? "the run completed" : "the run ended " + result.status() + ": " + result.reason();
        Map<String, String> files;
        try {
            files = CandidateFiles.collect(exercise, workspace);
        } catch (IOException e) {
            return new Reply.NoReply(
                    "cannot read the solution in " + workspace + ": " + e.getMessage() + " (" + outcome + ")",
                    result.usage());
        }
        if (files.equals(exercise.solutionFiles())) {
            return new Reply.Malformed(
                    "the run left the stub files unchanged (" + outcome + ")", outcome, result.usage());
        }
        return new Reply.Edited(files, outcome, result.usage());
    }

    private static String names(Set<String> files) {
        List<String> sorted = files.stream().sorted().toList();
        return String.join(", ", sorted);
    }
}
