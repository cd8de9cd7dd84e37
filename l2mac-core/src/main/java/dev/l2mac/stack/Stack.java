package dev.l2mac.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stack a codebase is written in: its name, the words that name it in a task, the codebase tools it offers, the
 * codebase prompts it words differently (prompt key to text, in the built-in pack's format and placeholders) and
 * the tools it describes differently (tool name to description).
 *
 * @param name             lower case, as {@code run.stack} and {@code --stack} spell it
 * @param namedBy          lower-case words or phrases that, as whole words in a task, name this stack
 * @param refines          the stacks this one builds on, whose words a task naming this one also uses (TypeScript
 *                         refines JavaScript: "a Node.js service in TypeScript" is TypeScript)
 * @param tools            every codebase tool the stack offers, in no particular order
 * @param prompts          prompt key (such as {@code system}) to the text replacing the built-in one
 * @param toolDescriptions tool name to the description replacing the tool's own
 * @param folder           the folder a user's stack was read from; empty for a built-in stack
 */
public record Stack(
        String name,
        List<String> namedBy,
        List<String> refines,
        List<String> tools,
        Map<String, String> prompts,
        Map<String, String> toolDescriptions,
        Optional<Path> folder) {

    /** The paper's stack, and the one a task that names no stack is written in. */
    public static final String PYTHON = "python";

    /** How the run records this stack, so that a resumed run finds it again: its name, or a user's stack's folder. */
    public String recorded() {
        return folder.map(Path::toString).orElse(name);
    }

    public Stack {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a stack's name is empty");
        }
        namedBy = List.copyOf(namedBy);
        refines = List.copyOf(refines);
        tools = List.copyOf(tools);
        prompts = Map.copyOf(prompts);
        toolDescriptions = Map.copyOf(toolDescriptions);
        Objects.requireNonNull(folder, "folder");
    }
}
