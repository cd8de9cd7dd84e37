package dev.l2mac.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a task says about the stack it is written in, read from its words ({@link Stack#namedBy()}, as whole words,
 * so "java" is not found in "javascript"): one stack, none, several, or a language no stack writes.
 */
public final class StackChoice {

    /** How a task names stacks. */
    public sealed interface Reading {}

    /** The task names exactly one stack, by {@code word}. */
    public record Named(Stack stack, String word) implements Reading {}

    /** The task names no stack: the model may choose one when it plans, Python otherwise. */
    public record Unnamed() implements Reading {}

    /** The task names several stacks, in the order it names them: the user has to choose. */
    public record Several(List<Named> named) implements Reading {
        public Several {
            named = List.copyOf(named);
        }
    }

    /** The task names a language that no stack writes, by {@code word}. */
    public record Unwritten(String language, String word) implements Reading {}

    private StackChoice() {}

    /** How {@code task} names the built-in stacks. */
    public static Reading read(String task) {
        return read(task, Stacks.builtIn());
    }

    /** How {@code task} names {@code stacks}. */
    public static Reading read(String task, List<Stack> stacks) {
        String text = task.toLowerCase(Locale.ROOT);
        List<Mention> mentions = new ArrayList<>();
        for (Stack stack : stacks) {
            firstMention(text, stack.namedBy()).ifPresent(m -> mentions.add(new Mention(stack, m.word, m.at)));
        }
        List<String> refined =
                mentions.stream().flatMap(m -> m.stack().refines().stream()).toList();
        mentions.removeIf(m -> refined.contains(m.stack().name()));
        mentions.sort(Comparator.comparingInt(Mention::at));
        if (mentions.size() == 1) {
            return mentions.get(0).named();
        }
        if (mentions.size() > 1) {
            return new Several(mentions.stream().map(Mention::named).toList());
        }
        for (OtherLanguages.Language language : OtherLanguages.ALL) {
            Optional<Found> found = firstMention(text, language.namedBy());
            if (found.isPresent()) {
                return new Unwritten(language.name(), found.get().word);
            }
        }
        return new Unnamed();
    }

    /**
     * The stack {@code reading} fixes, or empty when the task names none, for the model to choose.
     *
     * @throws StackChoiceException when the task names several stacks, or a language no stack writes; the message
     *                              says how to choose one
     */
    public static Optional<Stack> fixedBy(Reading reading) {
        return switch (reading) {
            case Named named -> Optional.of(named.stack());
            case Unnamed unnamed -> Optional.empty();
            case Several several -> throw new StackChoiceException(several(several));
            case Unwritten unwritten -> throw new StackChoiceException(unwritten(unwritten));
        };
    }

    private static String several(Several several) {
        List<String> names = several.named().stream().map(n -> n.stack().name()).toList();
        List<String> words = several.named().stream()
                .map(n -> named(n.stack().name(), n.word()))
                .toList();
        return "The task names more than one stack: " + String.join(", ", words)
                + ". Say which one the codebase is written in: "
                + String.join(" or ", names.stream().map(n -> "--stack " + n).toList())
                + " (run.stack in the configuration, stack(...) in the library).";
    }

    private static String unwritten(Unwritten unwritten) {
        return "The task asks for " + named(unwritten.language(), unwritten.word()) + ", and there is no "
                + unwritten.language() + " stack; the stacks are " + String.join(", ", Stacks.names())
                + ". Choose one with --stack NAME if it will do, give --stack the folder of a stack of your own (a"
                + " stack.yaml and its prompts), or reword the task.";
    }

    /** A stack or language, with the word that named it when that differs. */
    private static String named(String name, String word) {
        return word.equals(name) ? name : name + " (\"" + word + "\")";
    }

    private record Found(String word, int at) {}

    private record Mention(Stack stack, String word, int at) {
        Named named() {
            return new Named(stack, word);
        }
    }

    /** Where the text first names one of {@code words} as a whole word or phrase. */
    private static Optional<Found> firstMention(String text, List<String> words) {
        Found first = null;
        for (String word : words) {
            Matcher matcher = Pattern.compile("(?<![\\w])" + Pattern.quote(word) + "(?![\\w+#])")
                    .matcher(text);
            if (matcher.find() && (first == null || matcher.start() < first.at)) {
                first = new Found(word, matcher.start());
            }
        }
        return Optional.ofNullable(first);
    }
}
