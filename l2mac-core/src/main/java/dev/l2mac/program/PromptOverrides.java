package dev.l2mac.program;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Reads a user's prompt file: a YAML mapping of prompt keys to texts, each checked against its prompt. */
final class PromptOverrides {

    private PromptOverrides() {}

    static Map<PromptName, Template> load(Path file) throws PromptPackException {
        Objects.requireNonNull(file, "file");
        JsonNode tree;
        try {
            tree = UserFile.read(file);
        } catch (UserFile.Problem problem) {
            throw failure(file, problem.getMessage(), problem);
        }
        if (!tree.isObject()) {
            throw failure(file, "it is " + Phrasing.kind(tree) + ", not a mapping of prompt names to texts", null);
        }
        Map<PromptName, Template> templates = new EnumMap<>(PromptName.class);
        for (Map.Entry<String, JsonNode> entry : tree.properties()) {
            String key = entry.getKey();
            PromptName prompt = PromptName.ofKey(key)
                    .orElseThrow(() -> failure(
                            file,
                            "the prompt '" + key + "' is unknown; the prompts are "
                                    + String.join(", ", PromptName.keys()),
                            null));
            if (!entry.getValue().isTextual()) {
                throw failure(
                        file, "the prompt '" + key + "' is " + Phrasing.kind(entry.getValue()) + ", not text", null);
            }
            templates.put(prompt, parse(file, prompt, entry.getValue().asText().stripTrailing()));
        }
        return templates;
    }

    private static Template parse(Path file, PromptName prompt, String text) throws PromptPackException {
        try {
            return PromptPack.checked(prompt, Template.parse(prompt.key(), text));
        } catch (TemplateException e) {
            throw failure(file, e.getMessage(), e);
        }
    }

    private static PromptPackException failure(Path file, String problem, Throwable cause) {
        String trimmed = problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
        String sentence = Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
        return new PromptPackException(
                "Cannot use the prompt file " + file + ": " + sentence + ". Fix the file,"
                        + " or leave the prompt out to keep the built-in text.",
                cause);
    }
}
