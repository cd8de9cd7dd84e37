package dev.l2mac.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the machine keeps out of every repository (its run records, the dependency link, the caches generated code
 * leaves), added to a repository's own {@code info/exclude}, which is not part of its work tree.
 */
final class Ignores {
    /** The folder of the run records, at the workspace's root. */
    static final String RUN_RECORDS_DIR = ".l2mac";
    /** Ignore rule for the run records. */
    static final String RUN_RECORDS = "/" + RUN_RECORDS_DIR + "/";
    /**
     * Ignore rule for the link to the installed npm packages that the dependency-installation step puts at the
     * root; without a trailing slash, since git sees a symbolic link as a file, not a folder.
     */
    static final String DEPENDENCY_LINK = "/node_modules";
    /**
     * The caches that running generated code and its tests leaves behind (Python bytecode, pytest and
     * pytest-benchmark, Maven's output, npm packages); Maven's {@code target} only at the root, where a build of the
     * workspace puts it, since a package of the output may well be called {@code target}.
     */
    static final List<String> CACHES =
            List.of("__pycache__/", "*.pyc", ".pytest_cache/", ".benchmarks/", "/target/", "node_modules");
    /**
     * What every repository ignores, its own or one this class creates: nothing the machine keeps for itself, no
     * cache. Ignoring keeps only files git does not track out of commits; a user's tracked files stay tracked.
     */
    static final List<String> MACHINE = Stream.concat(Stream.of(RUN_RECORDS, DEPENDENCY_LINK), CACHES.stream())
            .toList();

    /** Whether {@code path} (relative to the workspace) is under the run records. */
    static boolean isRunRecord(String path) {
        return path.equals(RUN_RECORDS_DIR) || path.startsWith(RUN_RECORDS_DIR + "/");
    }

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
