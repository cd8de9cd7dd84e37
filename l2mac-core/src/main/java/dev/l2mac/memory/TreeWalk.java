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
 * skips caches that running Python code leaves behind, and skips the folders the work tree's {@code .gitignore}
 * files hide ({@code node_modules/}, {@code .venv/}, {@code build/}: what git does not track is not the project),
 * unless git tracks a file in one or the store wrote one there.
 */
final class TreeWalk {

    /** Folders written by running code rather than by the model, skipped at any depth. */
    static final Set<String> RUNTIME_CACHES = Set.of("__pycache__", ".pytest_cache");

    private final Path realRoot;
    private final Set<String> written;
    private final TrackedFiles tracked;
    private final IgnoreRules ignored;

    /**
     * A walk of {@code realRoot}; {@code written}: the paths the store wrote and {@code tracked}: the files git tracks,
     * both listed even in a hidden folder.
     */
    TreeWalk(Path realRoot, Set<String> written, TrackedFiles tracked) {
        this.realRoot = realRoot;
        this.written = written;
        this.tracked = tracked;
        this.ignored = IgnoreRules.of(realRoot);
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
        return RUNTIME_CACHES.contains(name) || WorkspacePath.reservedAs(name).isPresent() || hidden(dir);
    }

    /** True when a {@code .gitignore} hides the folder, and neither git nor the store has a file in it. */
    private boolean hidden(Path dir) {
        String folder =
                realRoot.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), "/");
        return ignored.hidesFolder(folder)
                && written.stream().noneMatch(path -> path.startsWith(folder + "/"))
                && !tracked.mayTrackIn(folder);
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
