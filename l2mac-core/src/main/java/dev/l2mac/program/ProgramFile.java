package dev.l2mac.program;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads a prompt program the user wrote instead of asking the model for one. The file is YAML (or JSON when it
 * ends in {@code .json}) and holds either a list of instructions or a mapping with the single key {@code steps}
 * holding that list; an item is a string or a mapping {@code {instruction: text}}.
 */
public final class ProgramFile {

    private static final String STEPS_KEY = "steps";
    private static final String INSTRUCTION_KEY = "instruction";

    private ProgramFile() {}

    /**
     * Reads and validates the program.
     *
     * @throws ProgramFileException when the file is missing, unreadable, malformed (with the line when known), has
     *                              no instructions, or holds an item that is not a non-blank text
     */
    public static PromptProgram load(Path file) throws ProgramFileException {
        Objects.requireNonNull(file, "file");
        JsonNode tree;
        try {
            tree = UserFile.read(file);
        } catch (UserFile.Problem problem) {
            throw new ProgramFileException(file, problem.getMessage(), problem);
        }
        List<String> texts = new ArrayList<>();
        JsonNode items = stepsOf(file, tree);
        for (int i = 0; i < items.size(); i++) {
            texts.add(instruction(file, i + 1, items.get(i)));
        }
        if (texts.isEmpty()) {
            throw new ProgramFileException(file, "the list of instructions is empty", null);
        }
        return PromptProgram.of(texts);
    }

    private static JsonNode stepsOf(Path file, JsonNode tree) throws ProgramFileException {
        if (tree.isArray()) {
            return tree;
        }
        if (!tree.isObject()) {
            throw new ProgramFileException(file, "it is " + Phrasing.kind(tree) + ", not a list of instructions", null);
        }
        for (Map.Entry<String, JsonNode> entry : tree.properties()) {
            if (!entry.getKey().equals(STEPS_KEY)) {
                throw new ProgramFileException(
                        file,
                        "the key '" + entry.getKey() + "' is unknown; the only key" + " allowed is '" + STEPS_KEY + "'",
                        null);
            }
        }
        JsonNode steps = tree.get(STEPS_KEY);
        if (steps == null) {
            throw new ProgramFileException(file, "the mapping has no key '" + STEPS_KEY + "'", null);
        }
        if (!steps.isArray()) {
            throw new ProgramFileException(
                    file, "'" + STEPS_KEY + "' is " + Phrasing.kind(steps) + ", not a list of instructions", null);
        }
        return steps;
    }

    private static String instruction(Path file, int number, JsonNode item) throws ProgramFileException {
        JsonNode text = item;
        if (item.isObject() && item.size() == 1 && item.has(INSTRUCTION_KEY)) {
            text = item.get(INSTRUCTION_KEY);
        } else if (item.isObject()) {
            String firstKey = item.properties().stream()
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse("");
            throw new ProgramFileException(
                    file,
                    "item " + number + " is a mapping with the key '" + firstKey
                            + "'; write it as plain text (quote it when it contains ': ') or as {" + INSTRUCTION_KEY
                            + ": text}",
                    null);
        }
        if (!text.isTextual()) {
            throw new ProgramFileException(file, "item " + number + " is " + Phrasing.kind(text) + ", not text", null);
        }
        if (text.asText().isBlank()) {
            throw new ProgramFileException(file, "item " + number + " is blank", null);
        }
        return text.asText();
    }
}
