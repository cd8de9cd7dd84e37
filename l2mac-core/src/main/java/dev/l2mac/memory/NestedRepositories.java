package dev.l2mac.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code .git} entries below a workspace's root (folders, {@code gitdir:} files or links, in any case a
 * file system may fold), which generated code can leave by running {@code git init} or writing files. Each makes
 * its folder a repository of its own: git would record it as a bare link, and its configuration could run
 * commands for whoever types {@code git status} there. The root's own {@code .git} and {@code .l2mac} are not
 * searched.
 */
public final class NestedRepositories {

    private NestedRepositories() {}

    /** The nested {@code .git} entries, as {@code /}-separated paths relative to {@code root}, sorted. */
    public static List<String> find(Path root) {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (root.equals(dir.getParent()) && WorkspacePath.RESERVED_NAMES.contains(name(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isGit(dir)) {
                        found.add(relative(root, dir));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isGit(file)
                            && !(root.equals(file.getParent()) && name(file).equals(".git"))) {
                        found.add(relative(root, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the workspace '" + root + "' for nested repositories", e);
        }
        found.sort(null);
        return List.copyOf(found);
    }

    /** The sentence the model and the user read about one nested {@code .git} entry. */
    public static String describe(String gitPath) {
        return "'" + gitPath + "' makes a git repository nested inside the project, which is not allowed in the"
                + " output: git would record its folder as a bare link without its files, and its configuration"
                + " could run commands outside the sandbox. Remove it (run_command: rm -rf '" + gitPath + "'; the"
                + " files beside it stay and are committed as ordinary files), and do not run git init or clone"
                + " inside the project; it is removed before the instruction's commit otherwise.";
    }

    private static boolean isGit(Path entry) {
        return WorkspacePath.reservedAs(name(entry)).filter(".git"::equals).isPresent();
    }

    private static String name(Path entry) {
        return entry.getFileName().toString();
    }

    private static String relative(Path root, Path entry) {
        return root.relativize(entry).toString().replace(entry.getFileSystem().getSeparator(), "/");
    }
}
