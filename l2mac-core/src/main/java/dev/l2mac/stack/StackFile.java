package dev.l2mac.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one stack's {@code stack.yaml}: {@code named_by}, {@code refines}, {@code tools} and {@code prompts} (lists
 * of text), {@code tool_descriptions} (tool name to text), and for a user's stack an optional {@code name}; each
 * prompt key names a {@code <key>.txt} file beside it.
 */
final class StackFile {

    static final String FILE = "stack.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FIELDS =
            Set.of("name", "named_by", "refines", "tools", "prompts", "tool_descriptions");
    /** The tools of a user's stack that names none: every codebase tool but Python's own. */
    private static final List<String> DEFAULT_TOOLS = List.of(
            "sub_task_step_complete",
            "view_files",
            "write_files",
            "edit_file",
            "delete_files",
            "list_files",
            "search_files",
            "outline_files",
            "run_tests",
            "run_command");

    private StackFile() {}

    /**
     * The stack a {@code stack.yaml} describes.
     *
     * @param name   the stack's name unless the file names it (a user's stack)
     * @param where  the file, for messages
     * @param yaml   the file's text
     * @param files  a prompt file's text by its name beside the file ({@code system.txt})
     * @param folder the user's folder; empty for a built-in stack
     * @throws StackFileException saying what in the file is wrong
     */
    static Stack parse(String name, String where, String yaml, Function<String, String> files, Optional<Path> folder) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new StackFileException(where + " is not valid YAML: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new StackFileException(where + " must be a mapping with the fields " + String.join(", ", FIELDS));
        }
        for (String field : (Iterable<String>) tree::fieldNames) {
            if (!FIELDS.contains(field)) {
                throw new StackFileException(where + " has the unknown field '" + field + "'; the fields are "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String stackName = tree.has("name") ? text(tree.get("name"), where, "name") : name;
        if (!stackName.matches("[a-z0-9][a-z0-9_.+-]*")) {
            throw new StackFileException(where + " names the stack '" + stackName + "'; a stack's name is lower"
                    + " case letters, digits and . _ + -");
        }
        Map<String, String> prompts = new LinkedHashMap<>();
        for (String key : strings(tree, "prompts", where)) {
            if (!key.matches("[a-z_]+")) {
                throw new StackFileException(where + ": prompts names '" + key + "', which is not a prompt key such"
                        + " as system or checks_failed");
            }
            prompts.put(key, files.apply(key + ".txt").stripTrailing());
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        JsonNode described = tree.path("tool_descriptions");
        if (!described.isMissingNode() && !described.isObject()) {
            throw new StackFileException(where + ": tool_descriptions must map tool names to descriptions");
        }
        for (Map.Entry<String, JsonNode> entry : described.properties()) {
            descriptions.put(entry.getKey(), text(entry.getValue(), where, "tool_descriptions." + entry.getKey()));
        }
        List<String> tools = tree.has("tools") ? strings(tree, "tools", where) : DEFAULT_TOOLS;
        return new Stack(
                stackName,
                strings(tree, "named_by", where).stream()
                        .map(word -> word.toLowerCase(Locale.ROOT))
                        .toList(),
                strings(tree, "refines", where),
                tools,
                prompts,
                descriptions,
                folder);
    }

    private static List<String> strings(JsonNode tree, String field, String where) {
        JsonNode node = tree.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new StackFileException(where + ": " + field + " must be a list, such as [a, b]");
        }
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(text(value, where, field)));
        return values;
    }

    private static String text(JsonNode value, String where, String field) {
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new StackFileException(where + ": " + field + " must be text, was " + value);
        }
        return value.asText().strip();
    }
}
