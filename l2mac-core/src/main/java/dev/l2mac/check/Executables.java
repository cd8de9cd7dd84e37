package dev.l2mac.check;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a command's executable the way a shell would, in the child's {@code PATH}. Resolving before starting lets
 * a missing program be reported as "could not start", even when the command is wrapped in {@code setsid}.
 */
final class Executables {

    private static final Pattern PATH_SEPARATOR = Pattern.compile(Pattern.quote(java.io.File.pathSeparator));

    private Executables() {
    }

    /** The executable for {@code name}; a name with a separator is taken relative to {@code directory}. */
    static Optional<String> resolve(String name, String searchPath, Path directory) {
        try {
            if (name.contains("/") || name.contains(java.io.File.separator)) {
                Path candidate = directory.resolve(name);
                return Files.isExecutable(candidate) ? Optional.of(candidate.toString()) : Optional.empty();
            }
            if (searchPath == null) {
                return Optional.empty();
            }
            for (String entry : PATH_SEPARATOR.split(searchPath)) {
                if (entry.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(entry, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
