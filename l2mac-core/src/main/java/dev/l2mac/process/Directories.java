package dev.l2mac.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary directories checks and runners create outside the workspace: named with the owning JVM's pid, so
 * that {@link StaleLeftovers} can tell those of a crashed process from those in use, and removed after use.
 */
public final class Directories {

    private Directories() {}

    /**
     * A new directory in the system's temporary space named {@code l2mac-<role>-<pid>-<random>}; {@code role} is
     * lower-case letters in words joined by dashes.
     */
    public static Path createTemporary(String role) throws IOException {
        if (!role.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a temporary directory's role is lower-case words: " + role);
        }
        return Files.createTempDirectory(
                StaleLeftovers.PREFIX + role + "-" + ProcessHandle.current().pid() + "-");
    }

    /** Deletes {@code root} and everything below it, as far as possible. */
    public static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the system cleans its temporary space.
        }
    }
}
