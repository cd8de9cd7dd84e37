package dev.l2mac.eval.devbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.eval.ScriptedRuns;
import dev.l2mac.eval.design.L2macCodebaseWriter;
import dev.l2mac.eval.design.Measured;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DevBench task is written in the stack of its {@code repo_config.json} language, whatever its documents name,
 * with a scripted model; checks are off, since only the requests matter here and Java's or C++'s acceptance tests
 * are not run by this harness.
 */
class DevBenchStackTest {
    private static final String COUNTER = "package demo;\n\npublic final class Counter {\n    private int n;\n\n"
            + "    public int next() {\n        return ++n;\n    }\n}\n";

    @TempDir
    Path folder;

    @Test
    void a_java_task_is_written_with_the_java_stack_and_no_request_mentions_python() throws Exception {
        ScriptedLlm model =
                ScriptedRuns.writing("Write demo.Counter.", Map.of("src/main/java/demo/Counter.java", COUNTER));

        DevBenchEvaluation.Result result = evaluation(model).run(task("java", "# A counter\n"), folder);

        assertThat(result.stack()).contains("java");
        assertThat(result.runOutcome()).isEqualTo("completed");
        assertThat(result.acceptance().tests()).isInstanceOf(Measured.NotMeasured.class);
        ChatRequest instruction = model.requests().get(1);
        assertThat(ScriptedRuns.toolNames(instruction)).contains("run_tests").doesNotContain("run_python_file");
        assertThat(model.requests())
                .allSatisfy(
                        request -> assertThat(ScriptedRuns.everything(request).toLowerCase(Locale.ROOT))
                                .doesNotContain("pytest", "python"));
        assertThat(folder.resolve("codebase/src/main/java/demo/Counter.java")).hasContent(COUNTER);
        Path markdown = DevBenchReport.write(result, "scripted", folder.resolve("report"));
        assertThat(Files.readString(markdown)).contains("| stack | java |");
    }

    @Test
    void a_language_without_a_stack_is_written_with_pythons_and_the_report_says_why() throws Exception {
        ScriptedLlm model = ScriptedRuns.writing("Write main.cpp.", Map.of("main.cpp", "int main() { return 0; }\n"));

        // the PRD names JavaScript: the task's own language decides, never the words of its documents
        DevBenchEvaluation.Result result =
                evaluation(model).run(task("cpp", "# A server with a JavaScript client\n"), folder);

        assertThat(ScriptedRuns.toolNames(model.requests().get(1))).contains("run_python_file");
        assertThat(result.stack())
                .hasValueSatisfying(stack -> assertThat(stack)
                        .startsWith("python (C++ has no stack of its own")
                        .contains("java, typescript, javascript"));
        Path markdown = DevBenchReport.write(result, "scripted", folder.resolve("report"));
        assertThat(Files.readString(markdown)).contains("| stack | python (C++ has no stack of its own");
    }

    private static DevBenchEvaluation evaluation(ScriptedLlm model) {
        RunSettings settings = RunSettings.defaults(Path.of("."))
                .withChecks(CheckSettings.DEFAULTS.withEnabled(false))
                .withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of()));
        return new DevBenchEvaluation(
                new L2macCodebaseWriter(model, settings, RetryPolicy.NONE, RunListener.NONE),
                new AcceptanceRun(new LocalProcessRunner(), "python3", Duration.ofSeconds(60), 20_000));
    }

    /** A task folder in DevBench's layout: a PRD, an empty acceptance-test folder and the configuration. */
    private DevBenchTask task(String language, String prd) throws Exception {
        Path task = Files.createDirectories(folder.resolve("task"));
        Files.writeString(task.resolve("PRD.md"), prd);
        Files.createDirectories(task.resolve("acceptance_tests"));
        Files.writeString(
                task.resolve(DevBenchTask.CONFIG),
                "{\"language\": \"" + language
                        + "\", \"PRD\": \"PRD.md\", \"acceptance_tests\": \"acceptance_tests\"}");
        return DevBenchTask.read(task);
    }
}
