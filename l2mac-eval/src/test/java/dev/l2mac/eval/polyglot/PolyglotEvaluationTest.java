package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.process.LocalProcessRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole evaluations on the real exercises with a scripted model, through the direct method. */
class PolyglotEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Long enough for javac and the launcher's start on a loaded machine, short for a test that must time out. */
    private static final Duration HANG_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path output;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void reference_solutions_pass_and_the_reports_say_so() throws Exception {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.PYTHON, "two-bucket");
        PolyglotResult result = run(
                plan(PolyglotLanguage.PYTHON, List.of("two-bucket"), 1),
                ScriptedReplies.answering(exercise.referenceFiles()));

        assertThat(result.summary()).isEqualTo("1/1 passed");
        assertThat(printed.toString(StandardCharsets.UTF_8)).endsWith("1/1 passed\n");
        JsonNode report = JSON.readTree(output.resolve("report.json").toFile());
        assertThat(report.at("/figures/passRateAfterAttempt/1").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/figures/wellFormedReplies").asDouble()).isEqualTo(1.0);
        assertThat(Files.readString(output.resolve("report.md"))).contains("| pass rate after attempt 1 | 100.0%");
        assertThat(output.resolve("chart.png")).isNotEmptyFile();
    }

    @Test
    void the_model_sees_instructions_and_stubs_never_the_tests_and_a_second_attempt_sees_the_failures()
            throws Exception {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.JAVASCRIPT, "two-bucket");
        ScriptedLlm model = ScriptedReplies.answering(exercise.solutionFiles(), exercise.referenceFiles());
        PolyglotResult result = run(plan(PolyglotLanguage.JAVASCRIPT, List.of("two-bucket"), 2), model);

        assertThat(result.passRates()).containsExactly(Map.entry(1, 0.0), Map.entry(2, 1.0));
        assertThat(result.exercises().getFirst().attempts())
                .extracting(a -> a.outcome().label())
                .containsExactly("failed", "passed");
        String first = model.requests().getFirst().messages().getFirst().text();
        assertThat(first)
                .contains(
                        "# Instructions",
                        exercise.solutionFiles().get("two-bucket.js").strip())
                .doesNotContain("describe('TwoBucket'", "proof");
        List<Message> second = model.requests().get(1).messages();
        assertThat(second).hasSize(3);
        assertThat(second.getLast().text()).contains("The tests failed", "Remove this statement and implement");
    }

    @Test
    void stubs_fail_and_a_malformed_reply_is_counted_and_leaves_the_stub() throws Exception {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.PYTHON, "pig-latin");
        ScriptedLlm model = ScriptedReplies.answering(exercise.solutionFiles());
        model.thenText("```python\ndef translate(text):\n    return text\n```\n");
        PolyglotResult result = run(plan(PolyglotLanguage.PYTHON, List.of("two-bucket", "pig-latin"), 1), model);

        assertThat(result.summary()).isEqualTo("0/2 passed");
        assertThat(result.wellFormedShare()).isEqualTo(0.5);
        AttemptResult malformed = result.exercises().get(1).attempts().getFirst();
        assertThat(malformed.reply().problem()).contains("no code block is preceded by a line naming its file");
        assertThat(malformed.solution()).isEqualTo(exercise.solutionFiles());
        assertThat(malformed.outcome()).isInstanceOf(TestOutcome.Failed.class);
    }

    @Test
    void a_java_solution_that_hangs_times_out_and_fails() throws Exception {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.JAVA, "series");
        PolyglotResult result = run(
                plan(PolyglotLanguage.JAVA, List.of("series"), 1).withTimeout(HANG_TIMEOUT),
                ScriptedReplies.answering(ScriptedReplies.hangingJava(exercise, "Series")));

        assertThat(result.outcomeCounts()).containsEntry("timed-out", 1).containsEntry("passed", 0);
        assertThat(result.summary()).isEqualTo("0/1 passed");
    }

    @Test
    void java_tests_that_do_not_compile_against_the_solution_fail_with_the_compilers_message() throws Exception {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.JAVA, "series");
        String wrong = exercise.referenceFiles()
                .get("src/main/java/Series.java")
                .replace("List<String> slices(int num)", "List<String> slices(long num, int extra)");
        PolyglotResult result = run(
                plan(PolyglotLanguage.JAVA, List.of("series"), 1),
                ScriptedReplies.answering(Map.of("src/main/java/Series.java", wrong)));

        TestOutcome outcome = result.exercises().getFirst().outcome();
        assertThat(outcome).isInstanceOf(TestOutcome.Failed.class);
        assertThat(outcome.detail()).contains("do not compile", "SeriesTest.java", "slices");
        assertThat(result.passed()).isZero();
    }

    private PolyglotPlan plan(PolyglotLanguage language, List<String> exercises, int attempts) {
        return PolyglotPlan.of(PolyglotData.folder(), language, exercises, PolyglotPlan.Method.DIRECT, attempts, output)
                .withTimeout(TIMEOUT)
                .withToolCache(PolyglotData.TOOL_CACHE);
    }

    private PolyglotResult run(PolyglotPlan plan, ScriptedLlm model) throws Exception {
        LocalProcessRunner processes = new LocalProcessRunner();
        return PolyglotEvaluation.run(plan, model, processes, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }
}
