package dev.l2mac.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A file's stamp on disk: its size, modification time and identity (a store's write replaces the file, so it is a
 * new one), which change whenever its content may have. One stat instead of a read, for whoever keeps something
 * derived from a file's content (the map's tags, the checks' digests) and must tell whether it still holds.
 */
public final class FileStamps {

    /**
     * How long after its last change a file has no stamp: longer than any file system's clock tick, so that two
     * changes within one tick are never taken for one.
     */
    public static final Duration SETTLING_TIME = Duration.ofSeconds(2);

    private FileStamps() {}

    /**
     * The stamp of the regular file {@code file} (not followed if it is a link); empty for anything else, a file that
     * cannot be read, or one modified less than {@link #SETTLING_TIME} ago.
     */
    public static Optional<String> of(Path file) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (!attributes.isRegularFile() || modified.isAfter(Instant.now().minus(SETTLING_TIME))) {
                return Optional.empty();
            }
            return Optional.of(attributes.size() + " " + modified + " " + attributes.fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
