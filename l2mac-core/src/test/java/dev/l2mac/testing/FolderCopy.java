package dev.l2mac.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a folder with everything under it, for tests that change a copy of shared data or a recorded run. */
public final class FolderCopy {

    private FolderCopy() {}

    /** Copies {@code from} to {@code to} (created with its parents), file by file; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
