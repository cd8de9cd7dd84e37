package dev.l2mac.process.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file this JVM has read settings from (the user's, the project's, a {@code --config} file, wherever they
 * are), so that every sandbox hides them from generated code: they may hold API keys. A registry for the whole
 * process because settings are loaded by the CLI, the library API and tests alike, before any runner exists, and a
 * file read once must stay hidden from every sandbox started afterwards; it only grows.
 */
public final class SecretFiles {

    private static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

    private SecretFiles() {}

    /** Hides {@code file} (missing or not) from every sandbox started from now on. */
    public static void register(Path file) {
        if (file != null) {
            FILES.add(file.toAbsolutePath().normalize());
        }
    }

    /** The registered files that exist now, each as named and as its real path when a link leads elsewhere. */
    static Set<Path> existing() {
        Set<Path> existing = new LinkedHashSet<>();
        for (Path file : FILES) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                existing.add(file.toRealPath());
            } catch (IOException e) {
                // Gone between the two looks: nothing left to hide.
            }
        }
        return existing;
    }
}
