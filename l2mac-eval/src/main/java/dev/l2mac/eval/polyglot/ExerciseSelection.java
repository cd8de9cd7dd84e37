package dev.l2mac.eval.polyglot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The exercises of one track to evaluate: all of them, or those named, in the order named. */
final class ExerciseSelection {
    /** Where a track keeps its exercises under the data folder, as in Aider-AI/polyglot-benchmark. */
    static final String PRACTICE = "exercises/practice";
    /** Close names suggested for an unknown one. */
    static final int MAX_SUGGESTIONS = 3;
    /** Names this many edits apart or fewer count as close. */
    static final int MAX_SUGGESTION_DISTANCE = 4;

    private ExerciseSelection() {}

    /** The track's folder of exercises under {@code dataDir}. */
    static Path practiceFolder(Path dataDir, PolyglotLanguage language) {
        return dataDir.resolve(language.key()).resolve(PRACTICE);
    }

    /** Reads the exercises named (every one when {@code names} is empty); an unknown name is an error. */
    static List<PolyglotExercise> select(Path dataDir, PolyglotLanguage language, List<String> names) {
        Path practice = practiceFolder(dataDir, language);
        List<String> available = available(practice);
        List<String> chosen = names.isEmpty() ? available : names;
        List<String> unknown =
                chosen.stream().filter(name -> !available.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new PolyglotException("no " + language.key() + " exercise named " + String.join(", ", unknown)
                    + " in " + practice
                    + unknown.stream()
                            .map(name -> close(name, available))
                            .filter(s -> !s.isEmpty())
                            .reduce("", (a, b) -> a + "; " + b));
        }
        return chosen.stream()
                .map(name -> PolyglotExercise.read(language, practice.resolve(name)))
                .toList();
    }

    private static List<String> available(Path practice) {
        if (!Files.isDirectory(practice)) {
            throw new PolyglotException("no folder " + practice + "; --data must hold the benchmark's language "
                    + "folders (java/, python/, javascript/) laid out like Aider-AI/polyglot-benchmark");
        }
        try (Stream<Path> folders = Files.list(practice)) {
            return folders.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PolyglotException("cannot list " + practice + ": " + e.getMessage());
        }
    }

    private static String close(String name, List<String> available) {
        List<String> close = new ArrayList<>(available.stream()
                .filter(candidate -> distance(name, candidate) <= MAX_SUGGESTION_DISTANCE
                        || candidate.contains(name)
                        || name.contains(candidate))
                .sorted(Comparator.comparingInt(candidate -> distance(name, candidate)))
                .limit(MAX_SUGGESTIONS)
                .toList());
        return close.isEmpty() ? "" : "did you mean " + String.join(", ", close) + " (for " + name + ")?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
