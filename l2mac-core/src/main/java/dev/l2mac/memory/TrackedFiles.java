package dev.l2mac.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.util.FS;

/**
 * The files git tracks in a workspace, read from the index of the repository at its root: an ignore rule does not
 * hide a file git tracks, so a folder holding one is listed however it is ignored. Read again only when the index
 * changes ({@link FileStamps}).
 */
final class TrackedFiles {

    /** What is known of the index: its stamp when read, and its paths, sorted; empty when it cannot be read. */
    private record Known(String stamp, Optional<List<String>> paths) {}

    private final Path index;
    private Known known = new Known("", Optional.empty());

    TrackedFiles(Path root) {
        this.index = root.resolve(".git").resolve("index");
    }

    /**
     * True when git may track a file in {@code folder} (relative, {@code /}-separated): when it does, and when the
     * workspace has a repository whose index cannot be read.
     */
    synchronized boolean mayTrackIn(String folder) {
        Optional<List<String>> paths = paths();
        if (paths.isEmpty()) {
            return Files.exists(index.getParent(), LinkOption.NOFOLLOW_LINKS);
        }
        String prefix = folder + "/";
        int at = Collections.binarySearch(paths.get(), prefix);
        int first = at >= 0 ? at : -at - 1;
        return first < paths.get().size() && paths.get().get(first).startsWith(prefix);
    }

    private Optional<List<String>> paths() {
        if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(List.of());
        }
        Optional<String> stamp = FileStamps.of(index);
        if (stamp.isPresent() && stamp.get().equals(known.stamp())) {
            return known.paths();
        }
        Optional<List<String>> read = read();
        known = new Known(stamp.orElse(""), read);
        return read;
    }

    private Optional<List<String>> read() {
        try {
            DirCache cache = DirCache.read(index.toFile(), FS.DETECTED);
            List<String> paths = new ArrayList<>(cache.getEntryCount());
            for (int i = 0; i < cache.getEntryCount(); i++) {
                paths.add(cache.getEntry(i).getPathString());
            }
            Collections.sort(paths);
            return Optional.of(paths);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
