package dev.l2mac.check.java;

import dev.l2mac.check.CheckScope;
import dev.l2mac.check.LargeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a compile within a {@link CheckScope.Only scope} needs to know of a workspace's Java sources: the files to
 * compile (the changed ones, and those that use a type a changed file declares, since a change to a type can break
 * its users) and the source roots the compiler finds every other type in, parsing only the ones it needs.
 *
 * <p>A file uses a changed type when it names the type as a word and either sits in the same package or names the
 * type's package (an import, a wildcard import or a qualified name). This may take in a few files that do not use
 * the type; it never leaves out one that does through its simple or qualified name.
 *
 * @param compiled the workspace files to compile, sorted
 * @param roots    the source roots, workspace-relative ({@code ""} for the workspace itself), sorted
 */
record JavaSourceScope(List<String> compiled, List<String> roots) {

    private static final Pattern PACKAGE = Pattern.compile(
            "^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;",
            Pattern.MULTILINE);

    JavaSourceScope {
        compiled = List.copyOf(compiled);
        roots = List.copyOf(roots);
    }

    /** The scope of a compile of {@code sources} (every Java file of the workspace) after {@code scope}'s changes. */
    static JavaSourceScope of(Path workspace, Collection<String> sources, CheckScope.Only scope) {
        Map<String, String> packages = new HashMap<>();
        for (String file : sources) {
            String directory = directoryOf(file);
            if (!packages.containsKey(directory)) {
                packageOf(workspace, file).ifPresent(name -> packages.put(directory, name));
            }
        }
        Set<String> roots = new TreeSet<>();
        packages.forEach((directory, name) -> rootOf(directory, name).ifPresent(roots::add));
        List<ChangedType> changedTypes = scope.changed().stream()
                .filter(JavaCompileChecker::isJava)
                .map(file -> new ChangedType(
                        typeName(file),
                        packageOf(workspace, file).orElseGet(() -> packages.getOrDefault(directoryOf(file), "")),
                        directoryOf(file)))
                .toList();
        Set<String> compiled = new TreeSet<>();
        for (String file : sources) {
            if (scope.changed().contains(file) || usesAny(workspace, file, changedTypes)) {
                compiled.add(file);
            }
        }
        return new JavaSourceScope(new ArrayList<>(compiled), new ArrayList<>(roots));
    }

    /** A type a changed (written or deleted) file declares, by the file's name. */
    private record ChangedType(String name, String packageName, String directory) {

        boolean usedBy(String file, String source) {
            if (!mentionsWord(source, name)) {
                return false;
            }
            return directoryOf(file).equals(directory) || (!packageName.isEmpty() && source.contains(packageName));
        }
    }

    private static boolean usesAny(Path workspace, String file, List<ChangedType> changed) {
        if (changed.isEmpty()) {
            return false;
        }
        Optional<String> source = LargeFiles.read(workspace.resolve(file));
        return source.isPresent() && changed.stream().anyMatch(type -> type.usedBy(file, source.get()));
    }

    /**
     * The package a Java file declares ({@code ""} for the default package), or empty for a file that does not
     * exist or cannot be read.
     */
    static Optional<String> packageOf(Path workspace, String file) {
        Path path = workspace.resolve(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return LargeFiles.read(path).flatMap(source -> {
            Matcher matcher = PACKAGE.matcher(source);
            return Optional.of(matcher.find() ? matcher.group(1).replaceAll("\\s", "") : "");
        });
    }

    /**
     * The root a package's directory hangs from: {@code src/main/java} for {@code app.util} in
     * {@code src/main/java/app/util}; empty when the directory does not end with the package's path.
     */
    static Optional<String> rootOf(String directory, String packageName) {
        if (packageName.isEmpty()) {
            return Optional.of(directory);
        }
        String path = packageName.replace('.', '/');
        if (directory.equals(path)) {
            return Optional.of("");
        }
        return directory.endsWith("/" + path)
                ? Optional.of(directory.substring(0, directory.length() - path.length() - 1))
                : Optional.empty();
    }

    private static String directoryOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String typeName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".java".length());
    }

    private static boolean mentionsWord(String source, String word) {
        int from = 0;
        while (true) {
            int at = source.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            if ((at == 0 || !Character.isJavaIdentifierPart(source.charAt(at - 1)))
                    && (end == source.length() || !Character.isJavaIdentifierPart(source.charAt(end)))) {
                return true;
            }
            from = at + 1;
        }
    }
}
