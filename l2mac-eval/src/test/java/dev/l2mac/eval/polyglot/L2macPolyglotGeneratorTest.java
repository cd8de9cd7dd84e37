package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.eval.ScriptedRuns;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.settings.RunPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole machine completes an exercise in a copy of its stub, driven by a scripted model. */
class L2macPolyglotGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWN_TEST =
            "from two_bucket import measure\n\n\ndef test_exists():\n" + "    assert measure\n";
    /** Answers every question with the same wrong state; its own test, which only imports it, passes. */
    private static final String WRONG =
            "def measure(bucket_one, bucket_two, goal, start_bucket):\n    return (0, 'one', 0)\n";

    private static final String STEP = "Complete two_bucket.py with a unit test.";

    @TempDir
    Path output;

    @Test
    void the_machine_writes_the_solution_from_the_stub_without_seeing_the_tests() throws Exception {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.PYTHON, "two-bucket");
        String solution = exercise.referenceFiles().get("two_bucket.py");
        ScriptedLlm model =
                ScriptedRuns.writing(STEP, Map.of("two_bucket.py", solution, "test_two_bucket_own.py", OWN_TEST));

        PolyglotResult result = run(model, 1);

        assertThat(result.summary()).isEqualTo("1/1 passed");
        AttemptResult attempt = result.exercises().getFirst().attempts().getFirst();
        assertThat(attempt.reply().wellFormed()).isTrue();
        assertThat(attempt.solution()).containsOnlyKeys("two_bucket.py");
        assertThat(ScriptedRuns.messagesSent(model))
                .contains("two buckets", "two_bucket.py")
                .doesNotContain("two_bucket_test.py", "class TwoBucketTest");
        assertThat(output.resolve("workspaces/two-bucket/two_bucket.py")).hasContent(solution);
        assertThat(output.resolve("workspaces/two-bucket/two_bucket_test.py")).doesNotExist();
    }

    @Test
    void a_second_run_is_told_the_failing_tests_and_its_fix_passes() throws Exception {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.PYTHON, "two-bucket");
        String solution = exercise.referenceFiles().get("two_bucket.py");
        ScriptedLlm model =
                ScriptedRuns.writing(STEP, Map.of("two_bucket.py", WRONG, "test_two_bucket_own.py", OWN_TEST));
        ScriptedRuns.thenWriting(model, "Fix two_bucket.py.", Map.of("two_bucket.py", solution));

        PolyglotResult result = run(model, 2);

        assertThat(model.remainingSteps()).isZero();
        List<AttemptResult> attempts = result.exercises().getFirst().attempts();
        assertThat(attempts).extracting(a -> a.outcome().label()).containsExactly("failed", "passed");
        assertThat(result.passRates()).containsExactly(Map.entry(1, 0.0), Map.entry(2, 1.0));
        List<ChatRequest> requests = model.requests();
        assertThat(requests).hasSize(8);
        String firstRun =
                requests.subList(0, 4).stream().map(ScriptedRuns::messages).collect(Collectors.joining());
        String secondRun =
                requests.subList(4, 8).stream().map(ScriptedRuns::messages).collect(Collectors.joining());
        String failure = "test_measure_using_bucket_one_of_size_3_and_bucket_two_of_size_5_start_with_bucket_one";
        assertThat(firstRun).doesNotContain(failure, "they failed");
        assertThat(secondRun)
                .contains("checked by independent tests, and they failed", failure)
                .contains(PolyglotPrompt.feedback(attempts.getFirst().outcome().detail()))
                .doesNotContain("class TwoBucketTest");
        assertThat(output.resolve("workspaces/two-bucket/two_bucket.py")).hasContent(solution);
        JsonNode report = JSON.readTree(output.resolve("report.json").toFile());
        assertThat(report.at("/figures/passRateAfterAttempt/1").asDouble()).isEqualTo(0.0);
        assertThat(report.at("/figures/passRateAfterAttempt/2").asDouble()).isEqualTo(1.0);
        assertThat(Files.readString(output.resolve("report.md")))
                .contains("| pass rate after attempt 1 | 0.0%", "| pass rate after attempt 2 | 100.0%");
    }

    private PolyglotResult run(ScriptedLlm model, int attempts) throws Exception {
        PolyglotPlan plan = PolyglotPlan.of(
                        PolyglotData.folder(),
                        PolyglotLanguage.PYTHON,
                        List.of("two-bucket"),
                        PolyglotPlan.Method.L2MAC,
                        attempts,
                        output)
                .withTimeout(Duration.ofSeconds(120));
        plan = plan.withRun(plan.run().withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())));
        return PolyglotEvaluation.run(
                plan,
                model,
                new LocalProcessRunner(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
