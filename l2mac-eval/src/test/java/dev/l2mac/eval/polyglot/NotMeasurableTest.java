package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where Jest cannot be installed, JavaScript is not measurable: an outcome of its own, never a pass. */
class NotMeasurableTest {
    /** An installer whose npm never starts, as on a machine without Node.js. */
    private static final ProcessRunner NO_NPM = (command, directory, environment, timeout, maxOutputChars) ->
            new ProcessRunner.ProcessResult.CouldNotStart("npm: command not found");

    @TempDir
    Path folder;

    @Test
    void javascript_is_not_measurable_when_jest_cannot_be_installed() throws Exception {
        PolyglotExercise exercise = ExerciseSelection.select(
                        PolyglotData.folder(), PolyglotLanguage.JAVASCRIPT, List.of("two-bucket"))
                .getFirst();
        PolyglotPlan plan = PolyglotPlan.of(
                        PolyglotData.folder(),
                        PolyglotLanguage.JAVASCRIPT,
                        List.of("two-bucket"),
                        PolyglotPlan.Method.DIRECT,
                        2,
                        folder.resolve("out"))
                .withToolCache(folder.resolve("empty-cache"))
                .withTimeout(Duration.ofSeconds(60));

        PolyglotResult result = PolyglotEvaluation.run(
                plan,
                ScriptedReplies.answering(exercise.referenceFiles()),
                new LocalProcessRunner(),
                NO_NPM,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(result.outcomeCounts()).containsAllEntriesOf(Map.of("not-measurable", 1, "passed", 0));
        assertThat(result.exercises().getFirst().attempts()).hasSize(1);
        assertThat(result.exercises().getFirst().outcome().detail()).contains("npm could not install", "jest@");
        assertThat(result.summary()).isEqualTo("0/1 passed");
    }
}
