package dev.l2mac.check;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A language whose files the machine can check, recognised by file name extension. */
public enum Language {
    PYTHON("python", List.of(".py")),
    JAVA("java", List.of(".java")),
    JAVASCRIPT("javascript", List.of(".js", ".mjs", ".cjs", ".jsx")),
    TYPESCRIPT("typescript", List.of(".ts", ".mts", ".cts"));

    private final String key;
    private final List<String> extensions;

    Language(String key, List<String> extensions) {
        this.key = key;
        this.extensions = extensions;
    }

    /** The name used in configuration and on the command line, such as {@code python}. */
    public String key() {
        return key;
    }

    /** The name of this language's syntax check, such as {@code python-syntax}. */
    public String syntaxCheck() {
        return key + "-syntax";
    }

    /** True when {@code file} (a workspace-relative path) is a source file of this language. */
    public boolean owns(String file) {
        return extensions.stream().anyMatch(file::endsWith);
    }

    /** True when some of {@code files} belong to this language. */
    public boolean presentIn(Collection<String> files) {
        return files.stream().anyMatch(this::owns);
    }

    /**
     * The language named {@code name} ({@code python}, {@code java}, {@code javascript} or {@code js},
     * {@code typescript} or {@code ts}), case-insensitively.
     *
     * @throws IllegalArgumentException naming the languages there are
     */
    public static Language parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "js" -> JAVASCRIPT;
            case "ts" -> TYPESCRIPT;
            default ->
                Arrays.stream(values())
                        .filter(language -> language.key.equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown language '" + name
                                + "' for checks; use some of " + keys(EnumSet.allOf(Language.class))
                                + " (js and ts also work)"));
        };
    }

    /** The languages in a comma-separated list such as {@code python,java}; blank entries are ignored. */
    public static Set<Language> parseList(String names) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                languages.add(parse(name));
            }
        }
        return languages;
    }

    static String keys(Set<Language> languages) {
        return languages.stream().map(Language::key).collect(Collectors.joining(", "));
    }
}
