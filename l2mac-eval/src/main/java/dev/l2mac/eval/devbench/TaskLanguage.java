package dev.l2mac.eval.devbench;

import dev.l2mac.stack.Stack;
import dev.l2mac.stack.Stacks;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a DevBench task is written in ({@code repo_config.json}'s {@code language}), and whether this
 * harness can run its acceptance tests: it runs pytest; the other tracks' tests need their own build tools. The
 * codebase is written in the stack of the same name ({@link #stack()}); a language without one is written in Python's.
 *
 * @param key          the name as {@code repo_config.json} gives it, lower case
 * @param display      the name in the generator's task, such as {@code Java}
 * @param testToolsGap empty when the acceptance tests run here; otherwise what they need that this harness lacks
 */
public record TaskLanguage(String key, String display, Optional<String> testToolsGap) {
    /** A task's language when its configuration names none, as in DevBench's Python track. */
    public static final TaskLanguage PYTHON = new TaskLanguage("python", "Python", Optional.empty());

    /** The language {@code name} names; one this harness does not know keeps its own name. */
    public static TaskLanguage of(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "", "python" -> PYTHON;
            case "java" -> gap(key, "Java", "Gradle (DevBench's Java tasks build and test with it)");
            case "javascript", "js" -> gap("javascript", "JavaScript", "the task's npm test script and its packages");
            case "typescript", "ts" -> gap("typescript", "TypeScript", "the task's npm test script and its packages");
            case "cpp", "c++" -> gap("cpp", "C++", "CMake and a C++ toolchain");
            default -> gap(key, name.strip(), "the " + name.strip() + " track's own build tools");
        };
    }

    private static TaskLanguage gap(String key, String display, String tools) {
        return new TaskLanguage(key, display, Optional.of(tools));
    }

    /** Why the acceptance tests cannot run here, saying what they need; empty for a language that runs. */
    public Optional<String> whyNotMeasurable() {
        return testToolsGap.map(tools -> "the acceptance tests of a " + display + " task need " + tools
                + ", which this harness does not run; only Python tasks (pytest) are scored here");
    }

    /** The stack the codebase is written in: the one named as the language is, or Python's for a language without one. */
    public Stack stack() {
        return Stacks.find(key).orElseGet(Stacks::python);
    }

    /** The stack the codebase is written in, and for a language without its own why it is Python's; for reports. */
    public String stackNote() {
        if (Stacks.find(key).isPresent()) {
            return stack().name();
        }
        return Stack.PYTHON + " (" + display + " has no stack of its own, so the codebase is written with Python's"
                + " prompts and tools; the stacks are " + String.join(", ", Stacks.names()) + ")";
    }
}
