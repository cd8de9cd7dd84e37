package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each track's tests on the real exercises: the reference solution passes them, the stub fails them. */
class TestRunTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final ProcessRunner PROCESSES = new LocalProcessRunner();

    @TempDir
    Path scratch;

    @ParameterizedTest
    @CsvSource({
        "java, hangman",
        "java, connect",
        "java, queen-attack",
        "python, paasio",
        "python, two-bucket",
        "javascript, two-bucket",
        "javascript, promises",
        "javascript, palindrome-products"
    })
    void the_reference_solution_passes_and_the_stub_fails(String language, String name) {
        PolyglotExercise exercise = PolyglotData.exercise(PolyglotLanguage.parse(language), name);
        TestRun tests = TestRun.of(exercise.language(), PROCESSES, PROCESSES, PolyglotData.TOOL_CACHE);

        TestOutcome reference = tests.run(
                exercise, withStubs(exercise, exercise.referenceFiles()), scratch.resolve("reference"), TIMEOUT);
        TestOutcome stub = tests.run(exercise, exercise.solutionFiles(), scratch.resolve("stub"), TIMEOUT);

        assertThat(reference).as(reference.detail()).isInstanceOf(TestOutcome.Passed.class);
        assertThat(((TestOutcome.Passed) reference).tests()).isGreaterThan(1);
        assertThat(stub).isInstanceOf(TestOutcome.Failed.class);
    }

    static Map<String, String> withStubs(PolyglotExercise exercise, Map<String, String> files) {
        Map<String, String> all = new HashMap<>(exercise.solutionFiles());
        all.putAll(files);
        return all;
    }
}
