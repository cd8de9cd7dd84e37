package dev.l2mac.check;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of the temporary directories checks and runners create outside the workspace. */
final class Directories {

    private Directories() {
    }

    /** Deletes {@code root} and everything below it, as far as possible. */
    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the system cleans its temporary space.
        }
    }
}
