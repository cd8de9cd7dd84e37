package dev.l2mac.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a command's executable the way a shell would, in the child's {@code PATH}. Resolving before starting lets
 * a missing program be reported as "could not start", even when the command is wrapped in {@code setsid}.
 */
public final class Executables {

    /** The Python interpreter generated code and pip run under: the first {@code python3} on the child's path. */
    public static final List<String> PYTHON = List.of("python3");

    private static final String SHEBANG = "#!";
    private static final Pattern PATH_SEPARATOR = Pattern.compile(Pattern.quote(java.io.File.pathSeparator));

    private Executables() {}

    /** The executable for {@code name}; a name with a separator is taken relative to {@code directory}. */
    public static Optional<String> resolve(String name, @Nullable String searchPath, Path directory) {
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

    /**
     * The interpreter command named on the first line ({@code #!}) of the script {@code name}, such as
     * {@code [/usr/bin/python3]} for an installed {@code pylint}; empty when it is not a script or cannot be read.
     */
    public static Optional<List<String>> interpreterOf(String name, String searchPath, Path directory) {
        Optional<String> script = resolve(name, searchPath, directory);
        if (script.isEmpty()) {
            return Optional.empty();
        }
        try (BufferedReader reader = Files.newBufferedReader(Path.of(script.get()), StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            if (first == null || !first.startsWith(SHEBANG)) {
                return Optional.empty();
            }
            List<String> words =
                    List.of(first.substring(SHEBANG.length()).strip().split("\\s+"));
            return words.isEmpty() || words.getFirst().isEmpty() ? Optional.empty() : Optional.of(words);
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
