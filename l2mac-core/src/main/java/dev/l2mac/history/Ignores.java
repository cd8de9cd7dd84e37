package dev.l2mac.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Adds ignore rules to a repository: a new one's {@code .gitignore}, an existing one's {@code info/exclude}. */
final class Ignores {
    static final String GITIGNORE = ".gitignore";

    private Ignores() {
    }

    /** Appends the {@code rules} missing from the {@code .gitignore} at {@code root} (creating it). */
    static void ignore(Path root, List<String> rules) throws IOException {
        appendMissing(root.resolve(GITIGNORE), rules);
    }

    /** Appends {@code rule} to {@code info/exclude} of the repository folder {@code gitDir} unless it is there. */
    static void exclude(Path gitDir, String rule) throws IOException {
        appendMissing(gitDir.resolve("info").resolve("exclude"), List.of(rule));
    }

    private static void appendMissing(Path file, List<String> rules) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        List<String> lines = existing.lines().map(String::strip).toList();
        StringBuilder added = new StringBuilder();
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            added.append('\n');
        }
        for (String rule : rules) {
            if (!lines.contains(rule)) {
                added.append(rule).append('\n');
            }
        }
        if (added.isEmpty() || added.toString().equals("\n")) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, added, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
