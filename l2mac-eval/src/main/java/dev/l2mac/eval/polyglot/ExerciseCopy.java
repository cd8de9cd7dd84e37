package dev.l2mac.eval.polyglot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of an exercise to test a candidate in: the exercise's files without its metadata and instructions, the
 * candidate's files over the stubs, then the tests as the track's runner runs them (every test enabled). Tests are
 * written last, so a candidate cannot replace them.
 */
final class ExerciseCopy {
    /** Exercism's folders the tests never need: the reference solution lives in {@code .meta}. */
    private static final Set<String> LEFT_OUT = Set.of(".meta", ".docs", "node_modules", "build", ".gradle");
    /** Java tests: Exercism disables all but the first; its runner removes the annotations. */
    private static final Pattern JAVA_DISABLED = Pattern.compile("@Disabled\\s*(\\([^)]*\\))?");
    /** Jest specs: {@code xtest(} skips a test; Exercism's runner turns it into {@code test(}. */
    private static final Pattern JEST_SKIPPED = Pattern.compile("\\bx(test|it)\\(");

    private ExerciseCopy() {}

    /** Writes the copy into {@code scratch}, which is created. */
    static void write(PolyglotExercise exercise, Map<String, String> candidate, Path scratch) {
        try {
            copyExercise(exercise.folder(), scratch);
            for (Map.Entry<String, String> file : candidate.entrySet()) {
                writeInside(scratch, file.getKey(), file.getValue());
            }
            for (Map.Entry<String, String> test : exercise.testFiles().entrySet()) {
                writeInside(scratch, test.getKey(), enabled(exercise.language(), test.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot copy the exercise " + exercise.name() + " into " + scratch + ": " + e.getMessage(), e);
        }
    }

    /** The test text with every skipped test enabled. */
    static String enabled(PolyglotLanguage language, String test) {
        return switch (language) {
            case JAVA -> JAVA_DISABLED.matcher(test).replaceAll("");
            case JAVASCRIPT -> JEST_SKIPPED.matcher(test).replaceAll("$1(");
            case PYTHON -> test;
        };
    }

    /** Writes {@code relative} under {@code root}; a path that leaves the folder is refused. */
    static void writeInside(Path root, String relative, String text) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root.normalize())) {
            throw new IOException("the file path " + relative + " leaves the exercise folder");
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }

    private static void copyExercise(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path relative = source.relativize(path);
                if (relative.toString().isEmpty() || leftOut(relative)) {
                    continue;
                }
                Path destination = target.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else if (Files.isRegularFile(path)) {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean leftOut(Path relative) {
        for (Path part : relative) {
            if (LEFT_OUT.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
