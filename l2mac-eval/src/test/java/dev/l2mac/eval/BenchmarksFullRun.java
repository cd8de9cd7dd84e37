package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance check on the whole benchmarks, run only by the {@code eval-full} profile:
 * {@code ./mvnw -q -pl l2mac-eval -am verify -Peval-full}. Each test prints its wall time and leaves its reports
 * under {@code l2mac-eval/target/eval-full/}.
 */
class BenchmarksFullRun {
    /** Generous: the slowest canonical MBPP+ test needs about 20 s of CPU, more when the machine is shared. */
    private static final Duration TIMEOUT = Duration.ofSeconds(300);

    private static final Duration HANGING_TIMEOUT = Duration.ofSeconds(1);
    private static final Path REPORTS = Path.of("target", "eval-full");

    @BeforeAll
    static void needsPython() {
        SharedData.requirePythonWithNumpy();
    }

    @Test
    void canonical_humaneval_scores_164_of_164() throws Exception {
        Dataset dataset = SharedData.dataset(Benchmark.HUMANEVAL);
        EvalResult result = run("canonical-humaneval", dataset, ScriptedSolutions.canonical(dataset), TIMEOUT);
        assertThat(Acceptance.passed(result)).hasSize(164).isEqualTo(Acceptance.ids(dataset));
    }

    @Test
    void canonical_humaneval_plus_scores_163_of_164_all_but_the_broken_task_32() throws Exception {
        Dataset dataset = SharedData.dataset(Benchmark.HUMANEVAL_PLUS);
        EvalResult result = run("canonical-humaneval-plus", dataset, ScriptedSolutions.canonical(dataset), TIMEOUT);
        Set<String> expected = new HashSet<>(Acceptance.ids(dataset));
        expected.remove("HumanEval/32");
        assertThat(Acceptance.passed(result)).hasSize(163).isEqualTo(expected);
    }

    @Test
    void canonical_mbpp_plus_scores_378_of_378() throws Exception {
        Dataset dataset = SharedData.dataset(Benchmark.MBPP_PLUS);
        EvalResult result = run("canonical-mbpp-plus", dataset, ScriptedSolutions.canonical(dataset), TIMEOUT);
        assertThat(Acceptance.passed(result)).hasSize(378).isEqualTo(Acceptance.ids(dataset));
    }

    @Test
    void wrong_solutions_fail_every_problem() throws Exception {
        for (Benchmark benchmark : Benchmark.values()) {
            Dataset dataset = SharedData.dataset(benchmark);
            EvalResult result = run("wrong-" + benchmark.command(), dataset, ScriptedSolutions.wrong(dataset), TIMEOUT);
            assertThat(Acceptance.passed(result)).as(benchmark.command()).isEmpty();
        }
    }

    @Test
    void hanging_solutions_time_out_on_every_problem() throws Exception {
        for (Benchmark benchmark : Benchmark.values()) {
            Dataset dataset = SharedData.dataset(benchmark);
            EvalResult result =
                    run("hanging-" + benchmark.command(), dataset, ScriptedSolutions.hanging(dataset), HANGING_TIMEOUT);
            assertThat(result.verdictCounts())
                    .as(benchmark.command())
                    .containsEntry("timed-out", dataset.problems().size())
                    .containsEntry("passed", 0);
        }
    }

    private static EvalResult run(String name, Dataset dataset, ScriptedSolutions model, Duration timeout)
            throws Exception {
        EvalResult result = Acceptance.evaluate(dataset, model, timeout, EvalProgress.NONE);
        Path folder = REPORTS.resolve(name.replace("+", "-plus"));
        EvalReport.write(result, folder);
        System.out.printf(
                Locale.ROOT,
                "%-28s %3d/%3d passed  wall %6.1f s  (%d in parallel, timeout %d s)  %s%n",
                name,
                result.problemsSolved(),
                result.problems().size(),
                result.wallTime().toMillis() / 1000.0,
                result.settings().parallelism(),
                timeout.toSeconds(),
                folder.resolve(EvalReport.MARKDOWN));
        return result;
    }
}
