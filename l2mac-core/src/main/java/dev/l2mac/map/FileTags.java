package dev.l2mac.map;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * What the map keeps of one file: its definitions and the words it uses with their counts, never its content. The
 * words are kept as two parallel arrays of shared strings, so that the tags of 10,000 files stay small.
 */
final class FileTags {

    /** A file whose content is not tagged: too large, binary, or unreadable. */
    static final FileTags NONE = new FileTags(List.of(), new String[0], new int[0]);

    /**
     * One definition: its name, the outline's word for its kind, its depth of nesting, the line of its name, and
     * that line's text (stripped, and cut to {@link Tagger#MAX_SIGNATURE_CHARS}) as its signature.
     */
    record Definition(String name, String kind, int depth, long line, String signature) {}

    private final List<Definition> definitions;
    private final String[] words;
    private final int[] counts;

    FileTags(List<Definition> definitions, String[] words, int[] counts) {
        if (words.length != counts.length) {
            throw new IllegalArgumentException("one count per word");
        }
        this.definitions = List.copyOf(definitions);
        this.words = words;
        this.counts = counts;
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** Calls {@code action} with each word the file uses and how often it does. */
    void forEachWord(ObjIntConsumer<String> action) {
        for (int i = 0; i < words.length; i++) {
            action.accept(words[i], counts[i]);
        }
    }
}
