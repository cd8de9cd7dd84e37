package dev.l2mac.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Adds ignore rules to a repository's own {@code info/exclude}, which is not part of its work tree. */
final class Ignores {

    private Ignores() {}

    /** Appends the {@code rules} missing from {@code info/exclude} of the repository folder {@code gitDir}. */
    static void exclude(Path gitDir, List<String> rules) throws IOException {
        appendMissing(gitDir.resolve("info").resolve("exclude"), rules);
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
