package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.Network;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.testing.Requirements;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tests of each track run in the bubblewrap sandbox too, with Jest installed through an open-network one. */
class SandboxedTestRunTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path scratch;

    @ParameterizedTest
    @CsvSource({"java, hangman", "python, two-bucket", "javascript, two-bucket"})
    void the_reference_solution_passes_in_the_sandbox(String language, String name) {
        Sandbox sandbox = Sandboxes.detect();
        Requirements.require(
                sandbox instanceof Sandbox.Bubblewrap,
                () -> "a bubblewrap sandbox (" + sandbox.describe() + "); apt-get install bubblewrap");
        ProcessRunner sandboxed = Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, true);
        ProcessRunner installer = Sandboxes.runner(sandbox, SandboxLimits.DEFAULTS, true, Network.OPEN);
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.parse(language), name);

        TestOutcome outcome = TestRun.of(exercise.language(), sandboxed, installer, PolyglotData.TOOL_CACHE)
                .run(
                        exercise,
                        TestRunTest.withStubs(exercise, exercise.referenceFiles()),
                        scratch.resolve("copy"),
                        TIMEOUT);

        assertThat(outcome).as(outcome.detail()).isInstanceOf(TestOutcome.Passed.class);
    }
}
