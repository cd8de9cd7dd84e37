package dev.l2mac.eval.devbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task folder in DevBench's layout, read from its {@code repo_config.json}: the PRD and the design documents the
 * generator is given, the acceptance-test folder it is not, and the files the tests need beside the code.
 */
public record DevBenchTask(
        Path folder,
        String name,
        TaskLanguage language,
        Map<String, String> documents,
        Path acceptanceTests,
        List<String> requiredFiles) {
    public static final String CONFIG = "repo_config.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The documents a generator may see, in the order they are shown; only the PRD is required. */
    private static final List<String> DOCUMENT_KEYS =
            List.of("PRD", "UML_class", "UML_sequence", "architecture_design");

    public DevBenchTask {
        documents = Map.copyOf(documents);
        requiredFiles = List.copyOf(requiredFiles);
    }

    /** Reads the task; a missing or unusable part is a {@link DevBenchException} that names it. */
    public static DevBenchTask read(Path folder) {
        Path configFile = folder.resolve(CONFIG);
        if (!Files.isRegularFile(configFile)) {
            throw new DevBenchException("no " + CONFIG + " in " + folder + "; point --task at a DevBench task folder");
        }
        JsonNode config;
        try {
            config = JSON.readTree(configFile.toFile());
        } catch (IOException e) {
            throw new DevBenchException(configFile + " is not valid JSON: " + e.getMessage());
        }
        TaskLanguage language = TaskLanguage.of(config.path("language").asText(""));
        Map<String, String> documents = new LinkedHashMap<>();
        for (String key : DOCUMENT_KEYS) {
            if (config.hasNonNull(key)) {
                documents.put(key, readDocument(folder, key, config.get(key).asText()));
            }
        }
        if (!documents.containsKey("PRD")) {
            throw new DevBenchException(configFile + " names no PRD; the generator needs the requirements");
        }
        Path tests = folder.resolve(config.path("acceptance_tests").asText("acceptance_tests"))
                .normalize();
        if (!Files.isDirectory(tests)) {
            throw new DevBenchException("the acceptance tests folder " + tests + " does not exist");
        }
        List<String> required = new ArrayList<>();
        config.path("required_files").forEach(node -> required.add(node.asText()));
        return new DevBenchTask(folder, folder.getFileName().toString(), language, documents, tests, required);
    }

    /** The codebase task the generator is given: the documents under headings, never the acceptance tests. */
    public String generatorTask() {
        StringBuilder task = new StringBuilder("Implement the software specified below as a " + language.display()
                + " codebase, with "
                + "its own unit tests. Follow the file names, module names, classes and command-line interface "
                + "of the design exactly: independent acceptance tests will exercise them.\n");
        documents.forEach((key, text) -> task.append("\n## ")
                .append(key.replace('_', ' '))
                .append("\n\n")
                .append(text.strip())
                .append('\n'));
        return task.toString();
    }

    private static String readDocument(Path folder, String key, String relative) {
        Path file = folder.resolve(relative).normalize();
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new DevBenchException("cannot read the " + key + " document " + file + ": " + e.getMessage());
        }
    }
}
