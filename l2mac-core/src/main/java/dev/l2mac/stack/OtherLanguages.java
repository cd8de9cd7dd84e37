package dev.l2mac.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The languages no stack writes ({@code other-languages.txt}), so that a task naming one is not steered to Python. */
final class OtherLanguages {

    /** A language and the lower-case words that name it in a task. */
    record Language(String name, List<String> namedBy) {
        Language {
            namedBy = List.copyOf(namedBy);
        }
    }

    static final List<Language> ALL = load();

    private OtherLanguages() {}

    private static List<Language> load() {
        List<Language> languages = new ArrayList<>();
        for (String line : Stacks.read("other-languages.txt").lines().toList()) {
            String entry = line.strip();
            int colon = entry.indexOf(':');
            if (entry.isEmpty() || entry.startsWith("#") || colon < 1) {
                continue;
            }
            List<String> words = Arrays.stream(entry.substring(colon + 1).split(","))
                    .map(String::strip)
                    .filter(word -> !word.isEmpty())
                    .toList();
            languages.add(new Language(entry.substring(0, colon).strip(), words));
        }
        return List.copyOf(languages);
    }
}
