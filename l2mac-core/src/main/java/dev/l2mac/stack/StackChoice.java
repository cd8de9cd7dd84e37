package dev.l2mac.stack;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the stack of a run whose settings name none, from its task: the stack whose words ({@link Stack#namedBy()})
 * the task names first wins, so "a Java service with a JavaScript client" is Java; a task that names no stack is
 * Python, the paper's stack.
 */
public final class StackChoice {

    private StackChoice() {}

    /** The built-in stack the task names first, or Python when it names none. */
    public static Stack inferred(String task) {
        return inferred(task, Stacks.builtIn());
    }

    /** The stack among {@code stacks} the task names first, or Python when it names none. */
    static Stack inferred(String task, List<Stack> stacks) {
        String text = task.toLowerCase(Locale.ROOT);
        return stacks.stream()
                .filter(stack -> firstMention(text, stack).isPresent())
                .min(Comparator.comparingInt(stack -> firstMention(text, stack).getAsInt()))
                .orElseGet(Stacks::python);
    }

    /** Where the task first names the stack as a whole word or phrase (so "java" is not found in "javascript"). */
    private static OptionalInt firstMention(String text, Stack stack) {
        int first = Integer.MAX_VALUE;
        for (String word : stack.namedBy()) {
            Matcher matcher = Pattern.compile("(?<![\\w])" + Pattern.quote(word) + "(?![\\w])")
                    .matcher(text);
            if (matcher.find()) {
                first = Math.min(first, matcher.start());
            }
        }
        return first == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(first);
    }
}
