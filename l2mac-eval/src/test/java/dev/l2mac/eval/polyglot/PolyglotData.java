package dev.l2mac.eval.polyglot;

import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Path;
import java.util.List;

/**
 * The polyglot benchmark in the shared data folder ({@code ../shared/data/polyglot}), and the tools each track's
 * tests need; a test that needs a missing one is skipped (failed under CI) naming it.
 */
final class PolyglotData {
    /** A tool cache under the build folder, shared by every test of a build, so jars and Jest are fetched once. */
    static final Path TOOL_CACHE = Path.of("target", "polyglot-tools").toAbsolutePath();

    private PolyglotData() {}

    static Path folder() {
        return Requirements.sharedData("polyglot");
    }

    static PolyglotExercise exercise(PolyglotLanguage language, String name) {
        requireTools(language);
        return ExerciseSelection.select(folder(), language, List.of(name)).getFirst();
    }

    static void requireTools(PolyglotLanguage language) {
        switch (language) {
            case JAVA -> {}
            case PYTHON -> Requirements.require(Tool.PYTEST);
            case JAVASCRIPT -> {
                Requirements.require(Tool.NODE);
                Requirements.require(Tool.NPM);
            }
        }
    }
}
