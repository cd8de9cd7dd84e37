package dev.l2mac.eval.polyglot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The solution a run left in its workspace: the solution files, and the language's other source files beside
 * them, less read-only files and any tests the run wrote for itself (the exercise's own tests are used instead).
 */
final class CandidateFiles {
    /** Test files by the naming of each track and of pytest, Jest and JUnit. */
    private static final Pattern OWN_TEST =
            Pattern.compile("(^|/)(test_[^/]*\\.py|[^/]*_test\\.py|[^/]*\\.(spec|test)\\.[cm]?js|[^/]*Test\\.java)$");

    private CandidateFiles() {}

    static Map<String, String> collect(PolyglotExercise exercise, Path workspace) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String solution : exercise.solutionFiles().keySet()) {
            Path path = workspace.resolve(solution);
            if (Files.isRegularFile(path)) {
                files.put(solution, Files.readString(path));
            }
        }
        Set<String> homes = new HashSet<>();
        exercise.solutionFiles()
                .keySet()
                .forEach(solution ->
                        homes.add(solution.contains("/") ? solution.substring(0, solution.lastIndexOf('/')) : ""));
        for (String home : homes) {
            Path folder = home.isEmpty() ? workspace : workspace.resolve(home);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> listed = Files.list(folder)) {
                for (Path path : listed.filter(Files::isRegularFile).toList()) {
                    String relative = workspace.relativize(path).toString().replace('\\', '/');
                    if (exercise.language().checked().owns(relative)
                            && !OWN_TEST.matcher(relative).find()
                            && !exercise.editorFiles().containsKey(relative)
                            && !files.containsKey(relative)) {
                        files.put(relative, Files.readString(path));
                    }
                }
            }
        }
        return files;
    }
}
