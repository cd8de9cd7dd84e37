package dev.l2mac.map;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The identifier-like words of a text (a letter, {@code _} or {@code $}, then letters, digits, {@code _} or
 * {@code $}), and the path-like words of the instruction. A word scan rather than tree-sitter's identifier nodes:
 * it reads any file (configuration, templates and documentation name code too), costs one pass over the text
 * instead of a walk over every node, and the words that matter are filtered anyway by whether some file defines
 * them.
 */
final class Words {

    private Words() {}

    /** How often each word occurs in {@code text}. */
    static Map<String, Integer> count(CharSequence text) {
        Map<String, Integer> counts = new HashMap<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!Character.isJavaIdentifierStart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isJavaIdentifierPart(text.charAt(i))) {
                i++;
            }
            counts.merge(text.subSequence(start, i).toString(), 1, Integer::sum);
        }
        return counts;
    }

    /** The distinct words of {@code text}, in order of first occurrence. */
    static Set<String> of(String text) {
        return new LinkedHashSet<>(count(text).keySet());
    }

    /**
     * The path-like words of {@code text}: runs of letters, digits and {@code _ . - / \}, with a trailing dot or
     * slash dropped and back-slashes read as slashes, so that "see src/shop/cart.py." mentions
     * {@code src/shop/cart.py}.
     */
    static Set<String> pathLike(String text) {
        Set<String> words = new LinkedHashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!pathChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && pathChar(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i).replace('\\', '/');
            while (word.endsWith(".") || word.endsWith("/")) {
                word = word.substring(0, word.length() - 1);
            }
            while (word.startsWith("./")) {
                word = word.substring(2);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean pathChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/' || c == '\\';
    }
}
