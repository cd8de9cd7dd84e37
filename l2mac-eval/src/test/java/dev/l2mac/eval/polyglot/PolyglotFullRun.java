package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.process.LocalProcessRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every exercise of each track, run only by the {@code eval-full} profile:
 * {@code ./mvnw -q -pl l2mac-eval -am verify -Peval-full}. The reference solutions must pass them all and the
 * stubs none but those of the refactoring exercises, which already work; each run prints its wall time and leaves
 * its reports under {@code target/eval-full/}.
 */
class PolyglotFullRun {
    private static final Path REPORTS = Path.of("target", "eval-full");
    /** Refactoring exercises: their stub is working code to improve, so it passes the tests as given. */
    private static final Map<PolyglotLanguage, Set<String>> WORKING_STUBS = Map.of(
            PolyglotLanguage.JAVA,
            Set.of("tree-building"),
            PolyglotLanguage.JAVASCRIPT,
            Set.of("ledger"),
            PolyglotLanguage.PYTHON,
            Set.of());

    @ParameterizedTest
    @EnumSource(PolyglotLanguage.class)
    void every_reference_solution_passes_and_every_stub_fails(PolyglotLanguage language) throws Exception {
        PolyglotData.requireTools(language);
        List<PolyglotExercise> exercises = ExerciseSelection.select(PolyglotData.folder(), language, List.of());

        PolyglotResult reference = run(language, "reference", exercises, ScriptedReplies::reference);
        PolyglotResult stubs = run(language, "stub", exercises, PolyglotExercise::solutionFiles);

        assertThat(reference.exercises())
                .allSatisfy(exercise -> assertThat(exercise.outcome().passed())
                        .as(exercise.exercise() + ": " + exercise.outcome().detail())
                        .isTrue());
        assertThat(stubs.exercises())
                .filteredOn(exercise -> exercise.outcome().passed())
                .extracting(ExerciseResult::exercise)
                .containsExactlyInAnyOrderElementsOf(WORKING_STUBS.get(language));
        assertThat(stubs.outcomeCounts()).containsEntry("not-measurable", 0);
    }

    private static PolyglotResult run(
            PolyglotLanguage language,
            String which,
            List<PolyglotExercise> exercises,
            Function<PolyglotExercise, Map<String, String>> solution)
            throws Exception {
        ScriptedLlm model = new ScriptedLlm("scripted-" + which);
        exercises.forEach(exercise -> model.thenText(ScriptedReplies.reply(solution.apply(exercise))));
        Path folder = REPORTS.resolve("polyglot-" + language.key() + "-" + which);
        PolyglotPlan plan = PolyglotPlan.of(
                        PolyglotData.folder(), language, List.of(), PolyglotPlan.Method.DIRECT, 1, folder)
                .withToolCache(PolyglotData.TOOL_CACHE);
        PolyglotResult result = PolyglotEvaluation.run(
                plan,
                model,
                new LocalProcessRunner(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.out.printf(
                Locale.ROOT,
                "polyglot %-10s %-9s %3d/%3d passed  wall %6.1f s  %s%n",
                language.key(),
                which,
                result.passed(),
                result.exercises().size(),
                result.wallTime().toMillis() / 1000.0,
                result.outcomeCounts());
        return result;
    }
}
