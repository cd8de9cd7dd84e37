package dev.l2mac.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in stacks, read from resources: {@code stacks.txt} lists their names in order, and each stack's folder
 * holds {@code stack.yaml} ({@code named_by}, {@code refines}, {@code tools}, {@code prompts}: the keys of the prompt files beside
 * it, {@code tool_descriptions}) and one {@code <prompt key>.txt} per prompt it rewords.
 */
public final class Stacks {

    private static final List<Stack> BUILT_IN = load();
    private static final Stack REFERENCE = stack("reference");

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

    /**
     * The stack {@code nameOrFolder} names: a built-in stack by its name, or a user's stack from a folder (relative to
     * {@code base}) holding {@code stack.yaml} and the prompt files it names; empty when it is neither.
     *
     * @throws StackFileException when the folder holds a {@code stack.yaml} that is not a stack; the message says why
     */
    public static Optional<Stack> resolve(String nameOrFolder, Path base) {
        Optional<Stack> builtIn = find(nameOrFolder);
        if (builtIn.isPresent() || nameOrFolder.isBlank()) {
            return builtIn;
        }
        Path folder = base.resolve(nameOrFolder.strip()).toAbsolutePath().normalize();
        Path file = folder.resolve(StackFile.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = folder.getFileName().toString().toLowerCase(Locale.ROOT);
        return Optional.of(StackFile.parse(
                name,
                file.toString(),
                readFile(file),
                prompt -> readFile(folder.resolve(prompt)),
                Optional.of(folder)));
    }

    /** What a stack setting may say, for messages. */
    public static String choices() {
        return "one of " + String.join(", ", names()) + ", or a folder holding a " + StackFile.FILE;
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackFileException("cannot read " + file + ": " + e.getMessage());
        }
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

    /**
     * The reference implementation's stack, which replays of its recorded runs use: the built-in codebase prompts as
     * they are and the six tools it offered. No task or setting chooses it.
     */
    public static Stack reference() {
        return REFERENCE;
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
        String file = name + "/" + StackFile.FILE;
        return StackFile.parse(
                name,
                "the built-in stack file " + file,
                read(file),
                prompt -> read(name + "/" + prompt),
                Optional.empty());
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
