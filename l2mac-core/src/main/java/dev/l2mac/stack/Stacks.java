package dev.l2mac.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in stacks, read from resources: {@code stacks.txt} lists their names in order, and each stack's folder
 * holds {@code stack.yaml} ({@code named_by}, {@code refines}, {@code tools}, {@code prompts}: the keys of the prompt files beside
 * it, {@code tool_descriptions}) and one {@code <prompt key>.txt} per prompt it rewords.
 */
public final class Stacks {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<Stack> BUILT_IN = load();

    private Stacks() {}

    /** Every built-in stack, in the order of {@code stacks.txt}. */
    public static List<Stack> builtIn() {
        return BUILT_IN;
    }

    /** The built-in stack named {@code name} (case-insensitive, surrounding blanks ignored), if any. */
    public static Optional<Stack> find(String name) {
        String wanted = name.strip();
        return BUILT_IN.stream().filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The built-in stack named {@code name}; for names already validated. */
    public static Stack named(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "There is no stack '" + name + "'; the stacks are " + String.join(", ", names()) + "."));
    }

    /** The names of the built-in stacks, in order. */
    public static List<String> names() {
        return BUILT_IN.stream().map(Stack::name).toList();
    }

    /**
     * The paragraph that offers the model a choice among the built-in stacks when it plans a codebase whose task
     * names none ({@code choice.txt}).
     */
    public static String choiceWording() {
        return read("choice.txt").strip().replace("{{stacks}}", String.join(", ", names()));
    }

    /** The paper's stack. */
    public static Stack python() {
        return named(Stack.PYTHON);
    }

    private static List<Stack> load() {
        List<Stack> stacks = new ArrayList<>();
        for (String line : read("stacks.txt").lines().toList()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                stacks.add(stack(name));
            }
        }
        return List.copyOf(stacks);
    }

    private static Stack stack(String name) {
        String file = name + "/stack.yaml";
        JsonNode tree;
        try {
            tree = YAML.readTree(read(file));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The built-in stack file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        Map<String, String> prompts = new LinkedHashMap<>();
        for (String key : strings(tree, "prompts")) {
            prompts.put(key, read(name + "/" + key + ".txt").stripTrailing());
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        tree.path("tool_descriptions")
                .properties()
                .forEach(e -> descriptions.put(e.getKey(), e.getValue().asText().strip()));
        return new Stack(
                name,
                strings(tree, "named_by"),
                strings(tree, "refines"),
                strings(tree, "tools"),
                prompts,
                descriptions);
    }

    private static List<String> strings(JsonNode tree, String field) {
        List<String> values = new ArrayList<>();
        tree.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    /** The text of a resource beside this class. */
    static String read(String resource) {
        try (InputStream in = Stacks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from the"
                        + " classpath; the installation is incomplete, so reinstall it.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
