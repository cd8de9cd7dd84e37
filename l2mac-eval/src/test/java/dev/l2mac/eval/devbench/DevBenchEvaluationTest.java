package dev.l2mac.eval.devbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.eval.ScriptedRuns;
import dev.l2mac.eval.design.L2macCodebaseWriter;
import dev.l2mac.eval.design.Measured;
import dev.l2mac.eval.design.TestCounts;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small task in DevBench's layout (test resources {@code devbench/wordstats}: a PRD, an architecture document, an
 * example file and four acceptance tests) scored against codebases a scripted model writes through the machine.
 */
class DevBenchEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORRECT = """
            import sys
            from collections import Counter


            def count_lines(text):
                return len(text.splitlines())


            def count_words(text):
                return len(text.split())


            def most_common(text):
                words = [w.lower() for w in text.split()]
                counts = Counter(words)
                best = max(counts.values())
                return next(w for w in words if counts[w] == best)


            if __name__ == "__main__":
                with open(sys.argv[1], encoding="utf-8") as f:
                    content = f.read()
                print(f"lines: {count_lines(content)}")
                print(f"words: {count_words(content)}")
                print(f"most common: {most_common(content)}")
            """;
    /** Counts newlines instead of lines and compares words with their case: only the word count is right. */
    private static final String BROKEN = CORRECT.replace("len(text.splitlines())", "text.count(\"\\n\")")
            .replace("[w.lower() for w in text.split()]", "text.split()");

    private static final String UNIT_TEST =
            "from wordstats import count_words\n\n\ndef test_words():\n" + "    assert count_words(\"a b\") == 2\n";

    @TempDir
    Path folder;

    @Test
    void a_correct_codebase_passes_every_acceptance_test_the_generator_never_saw() throws Exception {
        Requirements.require(Tool.PYTEST);
        ScriptedLlm model = scriptedWriting(CORRECT);
        DevBenchEvaluation.Result result = evaluation(model).run(task(), folder);

        assertThat(result.runOutcome()).isEqualTo("completed");
        assertThat(result.acceptance().tests()).isEqualTo(new Measured.Value<>(new TestCounts(4, 4, 0, 0)));
        assertThat(ScriptedRuns.messagesSent(model))
                .contains("most common: WORD", "# Word statistics")
                .doesNotContain("test_most_common_word_ignores_case", "acceptance_tests");
        assertThat(result.codebase().resolve("acceptance_tests")).doesNotExist();
    }

    @Test
    void a_broken_codebase_passes_only_the_tests_it_satisfies() throws Exception {
        Requirements.require(Tool.PYTEST);
        DevBenchEvaluation.Result result = evaluation(scriptedWriting(BROKEN)).run(task(), folder);

        assertThat(result.acceptance().tests()).isEqualTo(new Measured.Value<>(new TestCounts(4, 1, 3, 0)));
        assertThat(result.acceptance().output()).contains("test_most_common_word_ignores_case");
        Path markdown = DevBenchReport.write(result, "gpt-4o", folder.resolve("report"));
        assertThat(Files.readString(markdown)).contains("| acceptance tests | 1 of 4 acceptance tests passed |");
        assertThat(JSON.readTree(folder.resolve("report/report.json").toFile())
                        .at("/acceptanceTests/passed")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void the_acceptance_tests_replace_any_of_the_same_name_in_the_codebase() throws Exception {
        Requirements.require(Tool.PYTEST);
        Path codebase = Files.createDirectories(folder.resolve("given"));
        Files.writeString(codebase.resolve("wordstats.py"), BROKEN);
        Files.createDirectories(codebase.resolve("acceptance_tests"));
        Files.writeString(codebase.resolve("acceptance_tests/test_fake.py"), "def test_fake():\n    assert True\n");
        DevBenchEvaluation evaluation = new DevBenchEvaluation((task, stack, workspace) -> "unused", acceptance());

        DevBenchEvaluation.Result result = evaluation.score(task(), codebase, "given", folder.resolve("scored"));

        assertThat(result.acceptance().tests()).isEqualTo(new Measured.Value<>(new TestCounts(4, 1, 3, 0)));
    }

    @Test
    void refuses_folders_that_are_not_devbench_tasks() throws Exception {
        assertThatThrownBy(() -> DevBenchTask.read(folder))
                .isInstanceOf(DevBenchException.class)
                .hasMessageContaining("no repo_config.json");
        Files.writeString(folder.resolve("repo_config.json"), "{\"language\": \"python\"}");
        assertThatThrownBy(() -> DevBenchTask.read(folder)).hasMessageContaining("names no PRD");
    }

    @Test
    void a_java_task_is_generated_as_java_and_its_gradle_tests_are_reported_not_measurable() throws Exception {
        Files.writeString(folder.resolve("PRD.md"), "# A calculator\n");
        Files.createDirectories(folder.resolve("acceptance_tests"));
        Files.writeString(folder.resolve("repo_config.json"), "{\"language\": \"java\", \"PRD\": \"PRD.md\"}");
        DevBenchTask task = DevBenchTask.read(folder);
        Path codebase = Files.createDirectories(folder.resolve("codebase"));

        AcceptanceOutcome outcome = acceptance().run(task, codebase, folder.resolve("scratch"));

        assertThat(task.generatorTask()).contains("as a Java codebase").doesNotContain("Python");
        assertThat(outcome.tests())
                .isInstanceOfSatisfying(
                        Measured.NotMeasured.class,
                        not -> assertThat(not.reason()).contains("Java", "Gradle", "does not run"));
        assertThat(folder.resolve("scratch")).doesNotExist();
    }

    private DevBenchEvaluation evaluation(ScriptedLlm model) {
        return new DevBenchEvaluation(
                new L2macCodebaseWriter(
                        model,
                        RunSettings.defaults(Path.of(".")).withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())),
                        RetryPolicy.NONE,
                        RunListener.NONE),
                acceptance());
    }

    private static AcceptanceRun acceptance() {
        return new AcceptanceRun(new LocalProcessRunner(), "python3", Duration.ofSeconds(120), 50_000);
    }

    private static DevBenchTask task() throws URISyntaxException {
        return DevBenchTask.read(Path.of(
                DevBenchEvaluationTest.class.getResource("/devbench/wordstats").toURI()));
    }

    private static ScriptedLlm scriptedWriting(String module) {
        return ScriptedRuns.writing(
                "Write wordstats.py with a unit test.", Map.of("wordstats.py", module, "test_unit.py", UNIT_TEST));
    }
}
