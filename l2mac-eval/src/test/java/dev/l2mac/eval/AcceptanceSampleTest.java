package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.testing.Requirements;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance check on a sample of each benchmark (the first problems and the known defective ones), so that
 * the default build stays fast; the whole benchmarks run in the {@code eval-full} profile ({@code *FullRun}).
 */
class AcceptanceSampleTest {
    private static final int SAMPLE = 10;
    private static final int HANGING_SAMPLE = 2;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Duration HANGING_TIMEOUT = Duration.ofSeconds(1);

    @BeforeAll
    static void needsPython() {
        SharedData.requirePythonWithNumpy();
    }

    @Test
    void canonical_humaneval_solutions_all_pass() throws Exception {
        Dataset sample = Acceptance.sample(SharedData.dataset(Benchmark.HUMANEVAL), SAMPLE);
        EvalResult result =
                Acceptance.evaluate(sample, ScriptedSolutions.canonical(sample), TIMEOUT, EvalProgress.NONE);
        assertThat(Acceptance.passed(result)).isEqualTo(Acceptance.ids(sample));
        assertThat(result.passAtK()).containsEntry(1, 1.0);
    }

    @Test
    void canonical_humaneval_plus_solutions_pass_except_the_broken_task_32() throws Exception {
        Dataset sample = Acceptance.sample(SharedData.dataset(Benchmark.HUMANEVAL_PLUS), SAMPLE, "HumanEval/32");
        EvalResult result =
                Acceptance.evaluate(sample, ScriptedSolutions.canonical(sample), TIMEOUT, EvalProgress.NONE);
        Set<String> expected = new java.util.HashSet<>(Acceptance.ids(sample));
        expected.remove("HumanEval/32");
        assertThat(Acceptance.passed(result)).isEqualTo(expected);
        assertThat(result.knownIssues()).containsOnlyKeys("HumanEval/32");
    }

    @Test
    void canonical_mbpp_plus_solutions_all_pass() throws Exception {
        Dataset sample = Acceptance.sample(SharedData.dataset(Benchmark.MBPP_PLUS), SAMPLE, "Mbpp/737");
        EvalResult result =
                Acceptance.evaluate(sample, ScriptedSolutions.canonical(sample), TIMEOUT, EvalProgress.NONE);
        assertThat(Acceptance.passed(result)).isEqualTo(Acceptance.ids(sample));
    }

    @Test
    void canonical_solutions_pass_and_hanging_ones_time_out_in_the_sandbox_too() throws Exception {
        Sandbox sandbox = Sandboxes.detect();
        Requirements.require(
                sandbox instanceof Sandbox.Bubblewrap,
                () -> "a bubblewrap sandbox, so the sandboxed run is" + " not tried (" + sandbox.describe()
                        + "); apt-get install bubblewrap");
        ProcessRunner sandboxed = Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, true);
        for (Benchmark benchmark : Benchmark.values()) {
            Dataset sample = SharedData.dataset(benchmark).first(HANGING_SAMPLE);
            EvalResult canonical = Acceptance.evaluate(
                    sample, ScriptedSolutions.canonical(sample), TIMEOUT, EvalProgress.NONE, sandboxed);
            assertThat(Acceptance.passed(canonical)).as(benchmark.command()).isEqualTo(Acceptance.ids(sample));
            EvalResult hanging = Acceptance.evaluate(
                    sample, ScriptedSolutions.hanging(sample), HANGING_TIMEOUT, EvalProgress.NONE, sandboxed);
            assertThat(hanging.verdictCounts()).containsEntry("timed-out", HANGING_SAMPLE);
        }
    }

    @Test
    void wrong_solutions_fail_everywhere_the_never_asserting_mbpp_tasks_included() throws Exception {
        for (Benchmark benchmark : Benchmark.values()) {
            Dataset sample = Acceptance.sample(
                    SharedData.dataset(benchmark),
                    SAMPLE,
                    benchmark == Benchmark.MBPP_PLUS ? new String[] {"Mbpp/737"} : new String[0]);
            EvalResult result =
                    Acceptance.evaluate(sample, ScriptedSolutions.wrong(sample), TIMEOUT, EvalProgress.NONE);
            assertThat(Acceptance.passed(result)).as(benchmark.command()).isEmpty();
        }
    }

    @Test
    void hanging_solutions_time_out_and_fail() throws Exception {
        for (Benchmark benchmark : Benchmark.values()) {
            Dataset sample = SharedData.dataset(benchmark).first(HANGING_SAMPLE);
            EvalResult result =
                    Acceptance.evaluate(sample, ScriptedSolutions.hanging(sample), HANGING_TIMEOUT, EvalProgress.NONE);
            assertThat(result.verdictCounts())
                    .as(benchmark.command())
                    .containsEntry("timed-out", HANGING_SAMPLE)
                    .containsEntry("passed", 0);
        }
    }
}
