package dev.l2mac.check;

import dev.l2mac.memory.FileStamps;
import dev.l2mac.memory.Fingerprints;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digests of a workspace's files from one check to the next: a file is read and digested again only when its
 * {@link FileStamps stamp} is not the one it had, and each file at most once per check. Files no check asked for are
 * forgotten at the next one.
 */
final class FileDigests {

    /** The digest of a file and its stamp when it was read. */
    private record Digest(String stamp, String digest) {}

    private Map<Path, Digest> previous = new HashMap<>();
    private Map<Path, Digest> current = new HashMap<>();

    /** Starts a check: the digests read so far become the ones to compare stamps with. */
    void nextCheck() {
        previous = current;
        current = new HashMap<>();
    }

    /** The digest of {@code file} (relative to {@code workspace}), as {@link Fingerprints#ofFiles} makes it. */
    String of(Path workspace, String file) {
        Path path = workspace.resolve(file).toAbsolutePath();
        Digest known = current.get(path);
        if (known != null) {
            return known.digest();
        }
        Optional<String> stamp = FileStamps.of(path);
        Digest before = previous.get(path);
        Digest now = stamp.isPresent() && before != null && before.stamp().equals(stamp.get())
                ? before
                : new Digest(stamp.orElse(""), Fingerprints.ofFiles(workspace, List.of(file)));
        current.put(path, now);
        return now.digest();
    }
}
