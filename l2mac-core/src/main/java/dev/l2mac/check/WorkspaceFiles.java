package dev.l2mac.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files of a workspace as checkers see them: relative, {@code /}-separated, sorted, without version-control,
 * run-log, cache and virtual-environment directories, whose contents are not the generated code.
 */
public final class WorkspaceFiles {

    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of(".git", ".l2mac", "__pycache__", ".pytest_cache", ".mypy_cache", ".venv", "venv", "node_modules");

    private WorkspaceFiles() {}

    public static List<String> list(Path workspace) {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(workspace, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    boolean skipped = !directory.equals(workspace)
                            && SKIPPED_DIRECTORIES.contains(
                                    directory.getFileName().toString());
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(relative(workspace, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException error) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the workspace " + workspace + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    /** The changed files of {@code scope} that {@code wanted} and still exist, sorted. */
    public static List<String> existing(Path workspace, CheckScope.Only scope, Predicate<String> wanted) {
        return scope.changed().stream()
                .filter(wanted)
                .filter(file -> Files.isRegularFile(workspace.resolve(file)))
                .sorted()
                .toList();
    }

    public static String relative(Path workspace, Path file) {
        return workspace.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    public static boolean isPython(String file) {
        return file.endsWith(".py");
    }

    /** Files named like pytest's default test modules, or Python files under a {@code tests/} directory. */
    public static boolean isPythonTest(String file) {
        if (!isPython(file)) {
            return false;
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.startsWith("test_")
                || name.endsWith("_test.py")
                || file.startsWith("tests/")
                || file.contains("/tests/");
    }

    public static boolean anyPythonTest(Collection<String> files) {
        return files.stream().anyMatch(WorkspaceFiles::isPythonTest);
    }
}
