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
import java.util.Optional;
import java.util.Set;

/**
 * Lists the files of an on-disk store: regular files the model can address, sorted. It never descends into
 * symbolic links to directories (so it cannot leave the root or loop), skips the reserved folders at any depth,
 * and skips caches that running Python code leaves behind.
 */
final class TreeWalk {

    /** Folders written by running code rather than by the model, skipped at any depth. */
    static final Set<String> RUNTIME_CACHES = Set.of("__pycache__", ".pytest_cache");

    private final Path realRoot;

    TreeWalk(Path realRoot) {
        this.realRoot = realRoot;
    }

    List<String> files() {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() || attrs.isSymbolicLink() && linksToFileInside(file)) {
                        addressable(file).ifPresent(files::add);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the workspace '" + realRoot + "'", e);
        }
        files.sort(null);
        return List.copyOf(files);
    }

    private boolean skipped(Path dir) {
        if (dir.equals(realRoot)) {
            return false;
        }
        String name = dir.getFileName().toString();
        return RUNTIME_CACHES.contains(name) || WorkspacePath.reservedAs(name).isPresent();
    }

    private boolean linksToFileInside(Path link) {
        try {
            Path real = link.toRealPath();
            return real.startsWith(realRoot) && Files.isRegularFile(real);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's store path, when the model could name it (some names on disk no valid path can reach). */
    private Optional<String> addressable(Path file) {
        String relative = realRoot.relativize(file)
                .toString()
                .replace(file.getFileSystem().getSeparator(), "/");
        try {
            WorkspacePath path = WorkspacePath.parse(relative);
            return path.value().equals(relative) ? Optional.of(relative) : Optional.empty();
        } catch (MemoryException e) {
            return Optional.empty();
        }
    }
}
