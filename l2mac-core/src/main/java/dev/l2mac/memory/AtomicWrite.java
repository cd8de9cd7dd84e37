package dev.l2mac.memory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Replaces a file's content in one step: the content is written to a temporary file of its own beside the store,
 * then moved into place (atomically where the file system can), so a reader never sees half a file.
 */
final class AtomicWrite {
    private AtomicWrite() {}

    /** Writes {@code content} to {@code file} through a temporary file in {@code temporaryDir}, creating folders. */
    static void replace(Path temporaryDir, Path file, byte[] content) throws IOException {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            Files.createDirectories(temporaryDir);
            // A name of its own, so that a file whose name is near the file system's limit can still be written.
            temp = temporaryDir.resolve("write-" + randomSuffix() + ".tmp");
            Files.write(temp, content);
            moveIntoPlace(temp, file);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(@Nullable Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the write's own outcome is what matters
        }
    }

    private static String randomSuffix() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
