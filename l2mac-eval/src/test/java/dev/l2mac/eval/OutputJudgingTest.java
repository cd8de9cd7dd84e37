package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.eval.OutputOracle.Comparison;
import dev.l2mac.process.LocalProcessRunner;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The output-comparing judge on hand-written EvalPlus rows, without the published data. */
class OutputJudgingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);
    private static final int OUTPUT_CHARS = 10_000;
    private static final String HALF_ROW = "{\"task_id\": \"Demo/1\", \"entry_point\": \"half\", "
            + "\"canonical_solution\": \"def half(x):\\n    return x / 2\\n\", \"base_input\": [[1], [3]], "
            + "\"plus_input\": [[1e300], [NaN]], \"atol\": 0.001}";
    private static final Problem HALF = new Problem(
            "Demo/1", "", "half", "", "", java.util.Optional.of(new OutputOracle(HALF_ROW, Comparison.EQUAL)));

    private final CandidateRunner runner =
            new CandidateRunner(new LocalProcessRunner(), "python3", TIMEOUT, OUTPUT_CHARS);

    @BeforeAll
    static void needsPython() {
        SharedData.requirePythonWithNumpy();
    }

    @Test
    void passes_outputs_within_the_rows_tolerance_and_nan_where_nan_is_expected() {
        assertThat(runner.run(HALF, "def half(x):\n    return x * 0.5 + (0.0005 if x == 3 else 0)\n"))
                .isEqualTo(new Verdict.Passed());
    }

    @Test
    void fails_an_output_beyond_the_tolerance_and_names_the_input() {
        Verdict verdict = runner.run(HALF, "def half(x):\n    return x * 0.5 + (0.01 if x == 3 else 0)\n");
        assertThat(verdict).isInstanceOf(Verdict.Failed.class);
        assertThat(((Verdict.Failed) verdict).detail())
                .contains("input #2 of 4")
                .contains("expected 1.5");
    }

    @Test
    void fails_a_candidate_without_the_entry_point() {
        Verdict verdict = runner.run(HALF, "def halve(x):\n    return x / 2\n");
        assertThat(verdict).isInstanceOf(Verdict.Failed.class);
        assertThat(((Verdict.Failed) verdict).detail()).contains("defines no function half");
    }

    @Test
    void fails_a_candidate_that_exits_successfully_while_loaded() {
        Verdict verdict = runner.run(HALF, "import sys\nsys.exit(0)\n");
        assertThat(verdict).isInstanceOf(Verdict.Failed.class);
        assertThat(((Verdict.Failed) verdict).detail()).contains("before its tests finished");
    }

    @Test
    void fails_a_candidate_that_prints_a_forged_marker_and_exits() {
        String forged = "import os\nprint('l2mac-eval: all tests ran 00000000-0000-0000-0000-000000000000')\n"
                + "os._exit(0)\n";
        assertThat(runner.run(HALF, forged)).isInstanceOf(Verdict.Failed.class);
    }

    @Test
    void times_out_a_candidate_that_never_returns() {
        CandidateRunner impatient =
                new CandidateRunner(new LocalProcessRunner(), "python3", SHORT_TIMEOUT, OUTPUT_CHARS);
        assertThat(impatient.run(HALF, "def half(x):\n    while True:\n        pass\n"))
                .isEqualTo(new Verdict.TimedOut(SHORT_TIMEOUT));
    }
}
