package dev.l2mac.eval.polyglot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Exercism exercise, read from its {@code .meta/config.json}: the instructions and stub files the model sees,
 * the tests it never sees, and the reference solution. File maps go from the path inside the exercise to the text.
 *
 * @param solutionFiles the stub files the model completes (config {@code files.solution})
 * @param editorFiles   files the model sees but may not change (config {@code files.editor})
 * @param testFiles     the track's tests (config {@code files.test}); never empty
 * @param referenceFiles the reference solution, each file at the path the model's would have
 */
public record PolyglotExercise(
        PolyglotLanguage language,
        String name,
        Path folder,
        String instructions,
        Map<String, String> solutionFiles,
        Map<String, String> editorFiles,
        Map<String, String> testFiles,
        Map<String, String> referenceFiles) {
    static final String CONFIG = ".meta/config.json";
    /** Read in this order and joined, as Exercism shows them. */
    private static final List<String> INSTRUCTION_FILES =
            List.of(".docs/introduction.md", ".docs/instructions.md", ".docs/instructions.append.md");

    private static final ObjectMapper JSON = new ObjectMapper();

    public PolyglotExercise {
        solutionFiles = Map.copyOf(solutionFiles);
        editorFiles = Map.copyOf(editorFiles);
        testFiles = Map.copyOf(testFiles);
        referenceFiles = Map.copyOf(referenceFiles);
    }

    /** Reads the exercise in {@code folder}; a missing config, instruction, stub or test is a clear error. */
    public static PolyglotExercise read(PolyglotLanguage language, Path folder) {
        Path configFile = folder.resolve(CONFIG);
        JsonNode files;
        try {
            files = JSON.readTree(configFile.toFile()).path("files");
        } catch (IOException e) {
            throw new PolyglotException("cannot read " + configFile + " (" + e.getMessage() + "); an exercise folder"
                    + " needs Exercism's .meta/config.json naming its solution, test and example files");
        }
        List<String> solutions = paths(files, "solution");
        List<String> tests = paths(files, "test");
        List<String> missing = tests.stream()
                .filter(test -> !Files.isRegularFile(folder.resolve(test)))
                .toList();
        if (tests.isEmpty() || !missing.isEmpty()) {
            throw new PolyglotException("the exercise " + folder + " has no test files ("
                    + (tests.isEmpty() ? configFile + " names none" : String.join(", ", missing) + " missing")
                    + "), so no solution can be scored; restore its tests or leave it out");
        }
        if (solutions.isEmpty()) {
            throw new PolyglotException("the exercise " + folder + " names no solution files in " + configFile);
        }
        return new PolyglotExercise(
                language,
                folder.getFileName().toString(),
                folder,
                instructions(folder),
                texts(folder, solutions),
                texts(folder, paths(files, "editor")),
                texts(folder, tests),
                reference(folder, solutions, paths(files, "example")));
    }

    /** The files the model is shown: the stubs, then the read-only files. */
    public Map<String, String> shownFiles() {
        Map<String, String> shown = new LinkedHashMap<>(new TreeMap<>(solutionFiles));
        shown.putAll(new TreeMap<>(editorFiles));
        return shown;
    }

    private static String instructions(Path folder) {
        StringBuilder text = new StringBuilder();
        for (String file : INSTRUCTION_FILES) {
            Path path = folder.resolve(file);
            if (Files.isRegularFile(path)) {
                text.append(read(path).strip()).append("\n\n");
            }
        }
        if (text.isEmpty()) {
            throw new PolyglotException("the exercise " + folder + " has no instructions (.docs/instructions.md)");
        }
        return text.toString().strip() + "\n";
    }

    /**
     * Each example file at the path of the solution file it stands for: the only solution file when there is one
     * of each, else the file of the same name beside the first solution file.
     */
    private static Map<String, String> reference(Path folder, List<String> solutions, List<String> examples) {
        Map<String, String> reference = new LinkedHashMap<>();
        String home = solutions.getFirst().contains("/")
                ? solutions.getFirst().substring(0, solutions.getFirst().lastIndexOf('/') + 1)
                : "";
        for (String example : examples) {
            String target = examples.size() == 1 && solutions.size() == 1
                    ? solutions.getFirst()
                    : home + example.substring(example.lastIndexOf('/') + 1);
            reference.put(target, read(folder.resolve(example)));
        }
        return reference;
    }

    private static List<String> paths(JsonNode files, String key) {
        List<String> paths = new ArrayList<>();
        files.path(key).forEach(node -> paths.add(node.asText()));
        return paths;
    }

    private static Map<String, String> texts(Path folder, List<String> paths) {
        Map<String, String> texts = new LinkedHashMap<>();
        paths.forEach(path -> texts.put(path, read(folder.resolve(path))));
        return texts;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new PolyglotException(
                    "cannot read " + file + ", which the exercise's " + CONFIG + " names: " + e.getMessage());
        }
    }
}
