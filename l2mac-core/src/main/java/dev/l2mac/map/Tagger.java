package dev.l2mac.map;

import dev.l2mac.check.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one file's content into its {@link FileTags}: definitions from its language's {@link Outline} (Python,
 * Java, JavaScript, TypeScript; none for other files) and the words it uses ({@link Words}) in any file.
 */
final class Tagger {

    /** Characters of a definition's line kept as its signature. */
    static final int MAX_SIGNATURE_CHARS = 100;
    /** Distinct words kept per file, the most frequent first: a generated data file must not fill the heap. */
    static final int MAX_WORDS_PER_FILE = 4_000;
    /** Characters of content tagged at most; a larger file is shown, but not tagged. */
    static final int MAX_TAGGED_CHARS = 512 * 1024;

    /** One string per distinct word across the workspace, shared by every file using it. */
    private final Map<String, String> shared = new ConcurrentHashMap<>();

    private volatile boolean grammarsLoad = true;

    FileTags tag(String path, String content) {
        if (content.length() > MAX_TAGGED_CHARS) {
            return FileTags.NONE;
        }
        return new FileTagsBuilder(definitions(path, content), Words.count(content)).build();
    }

    private List<FileTags.Definition> definitions(String path, String content) {
        Optional<Language> language =
                Arrays.stream(Language.values()).filter(l -> l.owns(path)).findFirst();
        if (language.isEmpty() || !grammarsLoad) {
            return List.of();
        }
        Outline.Result outline;
        try {
            outline = Outline.of(language.get(), content);
        } catch (LinkageError e) {
            grammarsLoad = false;
            return List.of();
        }
        int[] lineStarts = lineStarts(content);
        List<FileTags.Definition> definitions = new ArrayList<>();
        for (Outline.Definition definition : outline.definitions()) {
            definitions.add(new FileTags.Definition(
                    share(definition.name()),
                    definition.kind(),
                    definition.depth(),
                    definition.nameLine(),
                    signature(content, lineStarts, definition.nameLine())));
        }
        return definitions;
    }

    private static int[] lineStarts(String content) {
        int[] starts = new int[16];
        int lines = 1;
        for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = i + 1;
        }
        return Arrays.copyOf(starts, lines);
    }

    private static String signature(String content, int[] lineStarts, long line) {
        int index = (int) Math.min(Math.max(line - 1, 0), lineStarts.length - 1);
        int start = lineStarts[index];
        int end = content.indexOf('\n', start);
        String text = content.substring(start, end < 0 ? content.length() : end).strip();
        return text.length() <= MAX_SIGNATURE_CHARS ? text : text.substring(0, MAX_SIGNATURE_CHARS) + "...";
    }

    /** {@code word} as the one string every file's tags share for it. */
    String share(String word) {
        String known = shared.putIfAbsent(word, word);
        return known == null ? word : known;
    }

    /** The words kept, most frequent first (ties by word) when there are too many, as shared strings. */
    private final class FileTagsBuilder {
        private final List<FileTags.Definition> definitions;
        private final Map<String, Integer> counts;

        FileTagsBuilder(List<FileTags.Definition> definitions, Map<String, Integer> counts) {
            this.definitions = definitions;
            this.counts = counts;
        }

        FileTags build() {
            List<Map.Entry<String, Integer>> kept = new ArrayList<>(new TreeMap<>(counts).entrySet());
            if (kept.size() > MAX_WORDS_PER_FILE) {
                kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
                kept = kept.subList(0, MAX_WORDS_PER_FILE);
            }
            String[] words = new String[kept.size()];
            int[] times = new int[kept.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = share(kept.get(i).getKey());
                times[i] = kept.get(i).getValue();
            }
            return new FileTags(definitions, words, times);
        }
    }
}
