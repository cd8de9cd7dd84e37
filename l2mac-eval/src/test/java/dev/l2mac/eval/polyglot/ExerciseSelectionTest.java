package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.testing.FolderCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseSelectionTest {
    @TempDir
    Path data;

    @Test
    void reads_instructions_stubs_tests_and_the_reference_at_the_solutions_paths() {
        PolyglotExercise hangman = ExerciseSelection.select(
                        PolyglotData.folder(), PolyglotLanguage.JAVA, List.of("hangman"))
                .getFirst();

        assertThat(hangman.instructions()).contains("Hangman");
        assertThat(hangman.solutionFiles()).containsOnlyKeys("src/main/java/Hangman.java", "src/main/java/Output.java");
        assertThat(hangman.editorFiles()).containsOnlyKeys("src/main/java/Part.java", "src/main/java/Status.java");
        assertThat(hangman.testFiles()).containsOnlyKeys("src/test/java/HangmanTest.java");
        assertThat(hangman.referenceFiles())
                .containsOnlyKeys("src/main/java/Hangman.java", "src/main/java/Output.java");
        PolyglotExercise python = ExerciseSelection.select(
                        PolyglotData.folder(), PolyglotLanguage.PYTHON, List.of("paasio"))
                .getFirst();
        assertThat(python.referenceFiles()).containsOnlyKeys("paasio.py");
    }

    @Test
    void every_exercise_of_a_track_is_read_when_none_is_named() {
        assertThat(ExerciseSelection.select(PolyglotData.folder(), PolyglotLanguage.JAVASCRIPT, List.of()))
                .hasSizeGreaterThan(10)
                .allSatisfy(exercise -> assertThat(exercise.testFiles()).isNotEmpty());
    }

    @Test
    void an_exercise_without_tests_is_an_error_naming_its_folder() throws IOException {
        Path exercise = copy("pig-latin");
        Path config = exercise.resolve(".meta/config.json");
        Files.writeString(config, Files.readString(config).replace("\"pig_latin_test.py\"", ""));

        assertThatThrownBy(() -> ExerciseSelection.select(data, PolyglotLanguage.PYTHON, List.of("pig-latin")))
                .isInstanceOf(PolyglotException.class)
                .hasMessageContaining(exercise.toString())
                .hasMessageContaining("has no test files");
    }

    @Test
    void an_exercise_whose_test_file_is_gone_is_an_error_naming_the_file() throws IOException {
        Path exercise = copy("pig-latin");
        Files.delete(exercise.resolve("pig_latin_test.py"));

        assertThatThrownBy(() -> ExerciseSelection.select(data, PolyglotLanguage.PYTHON, List.of("pig-latin")))
                .isInstanceOf(PolyglotException.class)
                .hasMessageContaining("has no test files (pig_latin_test.py missing)")
                .hasMessageContaining("restore its tests or leave it out");
    }

    @Test
    void an_unknown_exercise_is_an_error_listing_close_names() {
        assertThatThrownBy(() -> ExerciseSelection.select(
                        PolyglotData.folder(), PolyglotLanguage.JAVA, List.of("hangman", "two-buckets")))
                .isInstanceOf(PolyglotException.class)
                .hasMessageContaining("no java exercise named two-buckets")
                .hasMessageContaining("did you mean two-bucket");
        assertThatThrownBy(() -> PolyglotLanguage.parse("rust")).hasMessageContaining("java, python, javascript");
        assertThatThrownBy(() -> PolyglotPlan.Method.parse("whole")).hasMessageContaining("l2mac or direct");
    }

    private Path copy(String name) throws IOException {
        return FolderCopy.copy(
                ExerciseSelection.practiceFolder(PolyglotData.folder(), PolyglotLanguage.PYTHON)
                        .resolve(name),
                ExerciseSelection.practiceFolder(data, PolyglotLanguage.PYTHON).resolve(name));
    }
}
