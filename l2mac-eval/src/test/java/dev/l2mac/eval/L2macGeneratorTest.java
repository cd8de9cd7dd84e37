package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidates written through the whole machine: planned, written to solution.py with a test, checked, scored. */
class L2macGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspaces;

    @Test
    void takes_the_solution_file_the_run_wrote_as_the_candidate() {
        Requirements.require(Tool.PYTEST);
        SharedData.requirePythonWithNumpy();
        Problem problem = SharedData.dataset(Benchmark.HUMANEVAL).problems().getFirst();
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(plan("Write has_close_elements in solution.py with pytest tests."))
                .thenCalls(write(Map.of(
                        "solution.py",
                        problem.canonicalSolution(),
                        "test_solution.py",
                        "from solution import has_close_elements\n\n\ndef test_close():\n"
                                + "    assert has_close_elements([1.0, 1.05], 0.1)\n")))
                .thenCalls(new ToolCall("call_done", "sub_task_step_complete", "{}"))
                .thenText("Wrote solution.py and its test.");
        L2macGenerator generator = new L2macGenerator(
                model,
                RunSettings.defaults(workspaces).withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())),
                RetryPolicy.NONE);

        Generation generation = generator.generate(problem, 0);

        assertThat(generation).isInstanceOf(Generation.Written.class);
        String candidate = ((Generation.Written) generation).source();
        assertThat(candidate).isEqualTo(problem.canonicalSolution());
        assertThat(model.requests().getFirst().messages().stream()
                        .map(m -> m.text())
                        .reduce("", String::concat))
                .contains("`has_close_elements`", "solution.py", problem.prompt());
        assertThat(workspaces.resolve("HumanEval_0-s0/.l2mac/runs")).isDirectory();
        CandidateRunner runner =
                new CandidateRunner(new LocalProcessRunner(), "python3", Duration.ofSeconds(60), 10_000);
        assertThat(runner.run(problem, candidate)).isEqualTo(new Verdict.Passed());
    }

    @Test
    void reports_no_candidate_when_the_run_wrote_no_solution_file() {
        Problem problem = new Problem("Demo/1", "def f():\n", "f", "def f():\n    return 1\n", "assert f() == 1\n");
        ScriptedLlm model = new ScriptedLlm("gpt-4o").thenCalls(plan("Write f."));
        L2macGenerator generator = new L2macGenerator(
                model,
                RunSettings.defaults(workspaces).withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())),
                RetryPolicy.NONE);

        Generation generation = generator.generate(problem, 0);

        assertThat(generation).isInstanceOf(Generation.NotWritten.class);
        assertThat(((Generation.NotWritten) generation).reason())
                .contains("the run wrote no solution.py", "no more replies");
    }

    private static ToolCall plan(String step) {
        ObjectNode args = JSON.createObjectNode();
        args.putArray("steps").add(step);
        return new ToolCall("call_plan", "provide_detailed_sub_task_steps_for_sub_agents", args.toString());
    }

    private static ToolCall write(Map<String, String> files) {
        ObjectNode args = JSON.createObjectNode();
        var list = args.putArray("list_of_file_objects");
        files.forEach((path, content) -> list.addObject().put("file_path", path).put("file_contents", content));
        return new ToolCall("call_write", "write_files", args.toString());
    }
}
