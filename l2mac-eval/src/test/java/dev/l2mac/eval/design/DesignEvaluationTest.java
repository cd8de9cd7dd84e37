package dev.l2mac.eval.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.eval.ScriptedRuns;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The design protocol end to end with a scripted model that plans, writes a small codebase with a test, and then
 * judges it: once with a well-formed answer, once with a malformed one that must not count as a score.
 */
class DesignEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = """
            A greeting service.

            **Functional Requirements to implement**:
            - [ ] 1.1. Greets a user by name.
            - [ ] 1.2. Says goodbye to a user.
            - [ ] 1.3. Keeps a log of greetings.
            """;
    private static final String APP = "def greet(name):\n    return f\"Hello, {name}!\"\n";
    private static final String TEST =
            "from app import greet\n\n\ndef test_greet():\n" + "    assert greet(\"Ada\") == \"Hello, Ada!\"\n";

    @TempDir
    Path folder;

    @Test
    void writes_judges_and_measures_each_seed_and_keeps_malformed_verdicts_out_of_the_score() throws Exception {
        Requirements.require(Tool.PYTEST);
        ScriptedLlm model = new ScriptedLlm("gpt-4o");
        writeCodebase(model);
        model.thenText("{\"features\": [{\"id\": 1, \"implemented\": true}, {\"id\": 2, \"implemented\": false}, "
                + "{\"id\": 3, \"implemented\": false}]}");
        writeCodebase(model);
        model.thenText("Features implemented: 1 of 3.");
        DesignEvaluation evaluation = new DesignEvaluation(
                new L2macCodebaseWriter(
                        model,
                        RunSettings.defaults(Path.of(".")).withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())),
                        RetryPolicy.NONE,
                        RunListener.NONE),
                new Judge(model, 100_000, 1_000),
                new CodebaseMeter(new LocalProcessRunner(), "python3", Duration.ofSeconds(60), 20_000));
        List<SeedResult> heard = new ArrayList<>();

        DesignResult result = evaluation.run("greeter", TASK, "gpt-4o", 2, folder, heard::add);

        assertThat(heard).hasSize(2);
        assertThat(result.seeds()).extracting(SeedResult::runOutcome).containsOnly("completed");
        assertThat(result.seeds().get(0).verdict()).isInstanceOf(JudgeVerdict.Scored.class);
        assertThat(result.seeds().get(1).verdict()).isInstanceOf(JudgeVerdict.Malformed.class);
        assertThat(result.featuresPercent().n()).isEqualTo(1);
        assertThat(result.featuresPercent().mean()).isCloseTo(100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(result.unscoredSeeds()).isEqualTo(1);
        assertThat(result.seeds().getFirst().metrics().linesOfCode()).isEqualTo(5);
        assertThat(result.seeds().getFirst().metrics().tests())
                .isEqualTo(new Measured.Value<>(new TestCounts(1, 1, 0, 0)));
        assertThat(result.testsPassed().mean()).isEqualTo(1.0);
        String judgePrompt = model.requests().get(4).messages().getFirst().text();
        assertThat(judgePrompt)
                .contains("1. 1.1. Greets a user by name.", "### app.py", "def greet(name):")
                .doesNotContain(".l2mac/runs");

        Path markdown = DesignReport.write(result, folder.resolve("report"));
        assertThat(Files.readString(markdown))
                .contains(
                        "| features implemented | 33.3% |",
                        "| seeds without a judge score | 1 |", "malformed answer: the answer is not one JSON object");
        JsonNode json = JSON.readTree(folder.resolve("report/report.json").toFile());
        assertThat(json.at("/seeds/1/judge/verdict").asText()).isEqualTo("malformed");
        assertThat(json.at("/seeds/1/judge/answer").asText()).isEqualTo("Features implemented: 1 of 3.");
        assertThat(folder.resolve("report/chart.png")).exists();
    }

    private static void writeCodebase(ScriptedLlm model) {
        ScriptedRuns.thenWriting(
                model, "Write app.greet with a pytest test.", Map.of("app.py", APP, "test_app.py", TEST));
    }
}
