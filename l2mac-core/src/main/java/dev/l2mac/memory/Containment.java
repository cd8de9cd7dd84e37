package dev.l2mac.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for where a path may lead before the engine reads a byte: inside the workspace after every symbolic
 * link is resolved, and never into a reserved folder ({@code .git}, {@code .l2mac}). The file store locates the
 * model's paths with it; checkers pass every path they took from a process's output or report through
 * {@link #readableFile} before showing source lines, since that output is written by generated code.
 */
public final class Containment {

    private Containment() {}

    /**
     * The real path of the regular file that {@code reported} names inside {@code workspace}, or empty when the
     * path (relative to the workspace, or absolute) leads outside it, through a symbolic link out of it, into a
     * reserved folder, or to anything but an existing regular file.
     */
    public static Optional<Path> readableFile(Path workspace, String reported) {
        return located(workspace, reported).map(Located::real);
    }

    /**
     * The path that {@code reported} names, relative to {@code workspace} and normalized (such as {@code app/main.py}),
     * when it passes {@link #readableFile}; empty otherwise.
     */
    public static Optional<String> workspaceFile(Path workspace, String reported) {
        return located(workspace, reported).map(Located::relative);
    }

    private record Located(String relative, Path real) {}

    private static Optional<Located> located(Path workspace, String reported) {
        if (reported == null || reported.isBlank() || reported.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            Path root = workspace.toAbsolutePath().normalize();
            Path realRoot = root.toRealPath();
            Optional<String> relative = relative(root, realRoot, reported);
            if (relative.isEmpty()) {
                return Optional.empty();
            }
            WorkspacePath valid = WorkspacePath.parse(relative.get());
            Path file = locate(realRoot, valid);
            return Files.isRegularFile(file)
                    ? Optional.of(new Located(valid.value(), file.toRealPath()))
                    : Optional.empty();
        } catch (MemoryException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Where a valid path lives on disk, with symbolic links resolved: the real path of the nearest existing ancestor
     * must lie inside the root's real path, outside the reserved folders, and no link that points nowhere may sit
     * between it and the file.
     */
    static Path locate(Path realRoot, WorkspacePath path) throws MemoryException {
        Path target = realRoot.resolve(path.value());
        Path existing = target;
        while (!Files.exists(existing)) {
            if (Files.isSymbolicLink(existing)) {
                throw new MemoryException("Path '" + path + "' goes through a symbolic link ('"
                        + realRoot.relativize(existing) + "') that points to nothing; use a regular path inside the"
                        + " project, or delete the link first.");
            }
            // the project folder exists, so the walk up stops there
            existing = Objects.requireNonNull(existing.getParent());
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            throw new MemoryException("Could not resolve '" + path + "' (" + e.getMessage() + "); check that the"
                    + " project folder is readable, then try again.");
        }
        if (!real.startsWith(realRoot)) {
            throw new MemoryException("Path '" + path + "' leads outside the project root through a symbolic link;"
                    + " use a path inside the project, such as 'app/main.py'.");
        }
        for (Path segment : realRoot.relativize(real)) {
            if (WorkspacePath.reservedAs(segment.toString()).isPresent()) {
                throw new MemoryException("Path '" + path + "' leads through a symbolic link into '" + segment
                        + "/', which holds version control or the run's records and installed packages and cannot"
                        + " be changed through the file tools; write the project's own files.");
            }
        }
        return real.resolve(existing.relativize(target));
    }

    /** The reported path relative to the root: as written, or cut from an absolute path (or {@code file://} URL). */
    private static Optional<String> relative(Path root, Path realRoot, String reported) {
        String text = reported.startsWith("file://") ? reported.substring("file://".length()) : reported;
        Path path = Path.of(text);
        if (!path.isAbsolute()) {
            return Optional.of(text);
        }
        Path normalized = path.normalize();
        for (Path base : new Path[] {root, realRoot}) {
            if (normalized.startsWith(base) && !normalized.equals(base)) {
                return Optional.of(base.relativize(normalized).toString().replace('\\', '/'));
            }
        }
        return Optional.empty();
    }
}
