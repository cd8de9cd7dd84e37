package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.settings.RunPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole machine completes an exercise in a copy of its stub, driven by a scripted model. */
class L2macPolyglotGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWN_TEST =
            "from two_bucket import TwoBucket\n\n\ndef test_exists():\n" + "    assert TwoBucket\n";

    @TempDir
    Path output;

    @Test
    void the_machine_writes_the_solution_from_the_stub_without_seeing_the_tests() throws Exception {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.PYTHON, "two-bucket");
        String solution = exercise.referenceFiles().get("two_bucket.py");
        ScriptedLlm model = scriptedWriting(Map.of("two_bucket.py", solution, "test_two_bucket_own.py", OWN_TEST));
        PolyglotPlan plan = PolyglotPlan.of(
                        PolyglotData.folder(),
                        PolyglotLanguage.PYTHON,
                        List.of("two-bucket"),
                        PolyglotPlan.Method.L2MAC,
                        1,
                        output)
                .withTimeout(Duration.ofSeconds(120));
        plan = plan.withRun(plan.run().withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())));

        PolyglotResult result = PolyglotEvaluation.run(
                plan,
                model,
                new LocalProcessRunner(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(result.summary()).isEqualTo("1/1 passed");
        AttemptResult attempt = result.exercises().getFirst().attempts().getFirst();
        assertThat(attempt.reply().wellFormed()).isTrue();
        assertThat(attempt.solution()).containsOnlyKeys("two_bucket.py");
        String seen = String.join(
                "\n",
                model.requests().stream()
                        .flatMap(r -> r.messages().stream())
                        .map(Message::text)
                        .toList());
        assertThat(seen)
                .contains("two buckets", "two_bucket.py")
                .doesNotContain("two_bucket_test.py", "class TwoBucketTest");
        assertThat(output.resolve("workspaces/two-bucket/two_bucket.py")).hasContent(solution);
        assertThat(output.resolve("workspaces/two-bucket/two_bucket_test.py")).doesNotExist();
    }

    private static ScriptedLlm scriptedWriting(Map<String, String> files) {
        ObjectNode plan = JSON.createObjectNode();
        plan.putArray("steps").add("Complete two_bucket.py with a unit test.");
        ObjectNode write = JSON.createObjectNode();
        var list = write.putArray("list_of_file_objects");
        files.forEach((path, content) -> list.addObject().put("file_path", path).put("file_contents", content));
        return new ScriptedLlm("scripted-polyglot")
                .thenCalls(new ToolCall("call_plan", "provide_detailed_sub_task_steps_for_sub_agents", plan.toString()))
                .thenCalls(new ToolCall("call_write", "write_files", write.toString()))
                .thenCalls(new ToolCall("call_done", "sub_task_step_complete", "{}"))
                .thenText("Completed two_bucket.py.");
    }
}
