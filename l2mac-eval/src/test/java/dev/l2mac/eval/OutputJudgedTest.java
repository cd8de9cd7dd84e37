package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.eval.OutputOracle.Comparison;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.testing.Requirements;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MBPP+ problems whose OriginFmt test never asserts, judged by their outputs on the EvalPlus inputs. */
class OutputJudgedTest {
    private static final List<String> NEVER_ASSERTING = List.of("Mbpp/737", "Mbpp/787", "Mbpp/794");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int OUTPUT_CHARS = 10_000;

    private final CandidateRunner runner =
            new CandidateRunner(new LocalProcessRunner(), "python3", TIMEOUT, OUTPUT_CHARS);

    @BeforeAll
    static void needsPython() {
        SharedData.requirePythonWithNumpy();
    }

    @Test
    void reading_mbpp_plus_gives_an_output_oracle_to_exactly_the_never_asserting_tasks() {
        Dataset dataset = SharedData.dataset(Benchmark.MBPP_PLUS);
        assertThat(dataset.problems().stream()
                        .filter(p -> p.outputs().isPresent())
                        .map(Problem::id))
                .containsExactlyElementsOf(NEVER_ASSERTING);
        assertThat(dataset.only(NEVER_ASSERTING).problems()).allSatisfy(p -> {
            assertThat(p.outputs().orElseThrow().comparison()).isEqualTo(Comparison.NOT_NONE);
            assertThat(p.outputs().orElseThrow().row())
                    .contains("\"plus_input\"")
                    .contains(p.entryPoint());
            assertThat(KnownIssues.of(Benchmark.MBPP_PLUS, p)).isEmpty();
        });
    }

    @Test
    void canonical_solutions_of_the_never_asserting_tasks_pass() {
        for (Problem problem : neverAsserting()) {
            assertThat(runner.run(problem, problem.canonicalSolution()))
                    .as(problem.id())
                    .isEqualTo(new Verdict.Passed());
        }
    }

    @Test
    void a_function_returning_none_fails_the_never_asserting_tasks_and_says_on_which_input() {
        for (Problem problem : neverAsserting()) {
            Verdict verdict = runner.run(problem, "def " + problem.entryPoint() + "(*args):\n    return None\n");
            assertThat(verdict).as(problem.id()).isInstanceOf(Verdict.Failed.class);
            assertThat(((Verdict.Failed) verdict).detail()).contains("expected True, got None");
        }
    }

    @Test
    void a_function_returning_booleans_is_judged_by_their_value() {
        Problem startsWithVowel = SharedData.dataset(Benchmark.MBPP_PLUS)
                .only(List.of("Mbpp/737"))
                .problems()
                .getFirst();
        String right = "import re\ndef check_str(s):\n    return re.match('[aeiouAEIOU]', s) is not None\n";
        String inverted = "import re\ndef check_str(s):\n    return re.match('[aeiouAEIOU]', s) is None\n";
        assertThat(runner.run(startsWithVowel, right)).isEqualTo(new Verdict.Passed());
        assertThat(runner.run(startsWithVowel, inverted)).isInstanceOf(Verdict.Failed.class);
    }

    @Test
    void canonical_passes_and_wrong_fails_in_the_sandbox_too() {
        Sandbox sandbox = Sandboxes.detect();
        Requirements.require(
                sandbox instanceof Sandbox.Bubblewrap,
                () -> "a bubblewrap sandbox, so the sandboxed run is" + " not tried (" + sandbox.describe()
                        + "); apt-get install bubblewrap");
        CandidateRunner sandboxed = new CandidateRunner(
                Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, true), "python3", TIMEOUT, OUTPUT_CHARS);
        Problem problem = neverAsserting().getFirst();
        assertThat(sandboxed.run(problem, problem.canonicalSolution())).isEqualTo(new Verdict.Passed());
        assertThat(sandboxed.run(problem, "def check_str(s):\n    return None\n"))
                .isInstanceOf(Verdict.Failed.class);
    }

    @Test
    void without_the_evalplus_file_beside_it_a_data_file_keeps_its_test_programs() {
        assertThat(OutputJudged.outputsFile(java.nio.file.Path.of("/nonexistent/MbppPlus-OriginFmt.jsonl.gz")))
                .isEqualTo(Optional.empty());
    }

    private static List<Problem> neverAsserting() {
        return SharedData.dataset(Benchmark.MBPP_PLUS).only(NEVER_ASSERTING).problems();
    }
}
