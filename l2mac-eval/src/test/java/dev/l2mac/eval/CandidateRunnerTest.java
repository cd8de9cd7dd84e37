package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CandidateRunnerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);
    private static final int OUTPUT_CHARS = 10_000;
    private static final Problem DOUBLE = new Problem(
            "Demo/1",
            "def double(x):\n",
            "double",
            "def double(x):\n    return 2 * x\n",
            "def check(candidate):\n    assert candidate(2) == 4\n    assert candidate(-1) == -2\n\ncheck(double)\n");

    private final CandidateRunner runner =
            new CandidateRunner(new LocalProcessRunner(), "python3", TIMEOUT, OUTPUT_CHARS);

    @BeforeAll
    static void needsPython() {
        SharedData.requirePythonWithNumpy();
    }

    @Test
    void passes_a_correct_candidate() {
        assertThat(runner.run(DOUBLE, DOUBLE.canonicalSolution())).isEqualTo(new Verdict.Passed());
    }

    @Test
    void fails_a_wrong_candidate_with_the_assertion_in_the_detail() {
        Verdict verdict = runner.run(DOUBLE, "def double(x):\n    return x + 2\n");
        assertThat(verdict).isInstanceOf(Verdict.Failed.class);
        assertThat(((Verdict.Failed) verdict).detail())
                .contains("exit status 1")
                .contains("AssertionError");
    }

    @Test
    void fails_a_candidate_that_does_not_compile() {
        assertThat(runner.run(DOUBLE, "def double(x)\n    return 2 * x\n")).isInstanceOf(Verdict.Failed.class);
    }

    @Test
    void fails_a_candidate_that_exits_successfully_before_the_tests_run() {
        Verdict verdict = runner.run(DOUBLE, "import sys\nsys.exit(0)\n");
        assertThat(verdict).isInstanceOf(Verdict.Failed.class);
        assertThat(((Verdict.Failed) verdict).detail()).contains("before its tests finished");
    }

    @Test
    void fails_a_candidate_that_prints_a_forged_end_marker() {
        String forged = "import os\nprint('l2mac-eval: all tests ran 00000000-0000-0000-0000-000000000000')\n"
                + "os._exit(0)\n";
        assertThat(runner.run(DOUBLE, forged)).isInstanceOf(Verdict.Failed.class);
    }

    @Test
    void times_out_a_candidate_that_never_returns_and_kills_it() {
        CandidateRunner impatient =
                new CandidateRunner(new LocalProcessRunner(), "python3", SHORT_TIMEOUT, OUTPUT_CHARS);
        long start = System.nanoTime();
        Verdict verdict = impatient.run(DOUBLE, "def double(x):\n    while True:\n        pass\n");
        assertThat(verdict).isEqualTo(new Verdict.TimedOut(SHORT_TIMEOUT));
        assertThat(verdict.passed()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
    }

    @Test
    void runs_the_candidate_followed_by_the_tests_through_the_process_runner_it_was_given() {
        List<String> programs = new ArrayList<>();
        ProcessRunner recording = (command, directory, environment, timeout, maxOutputChars) -> {
            try {
                programs.add(Files.readString(directory.resolve(command.get(1))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new ProcessRunner.ProcessResult.Exited(0, "no marker printed", false);
        };
        Verdict verdict = new CandidateRunner(recording, "python3", TIMEOUT, OUTPUT_CHARS)
                .run(DOUBLE, DOUBLE.canonicalSolution());
        assertThat(verdict).isInstanceOf(Verdict.Failed.class);
        assertThat(programs)
                .singleElement()
                .asString()
                .startsWith(DOUBLE.canonicalSolution())
                .contains(DOUBLE.test())
                .contains("print('l2mac-eval: ");
    }

    @Test
    void leaves_no_temporary_folder_behind() throws Exception {
        List<Path> folders = new ArrayList<>();
        ProcessRunner recording = (command, directory, environment, timeout, maxOutputChars) -> {
            folders.add(directory);
            return new ProcessRunner.ProcessResult.Exited(1, "", false);
        };
        new CandidateRunner(recording, "python3", TIMEOUT, OUTPUT_CHARS).run(DOUBLE, "x = 1\n");
        assertThat(folders)
                .singleElement()
                .satisfies(folder -> assertThat(folder).doesNotExist());
    }
}
