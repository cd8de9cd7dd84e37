package dev.l2mac.memory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A store of text files keyed by relative path ({@code /}-separated, normalized), the machine's data memory.
 * Paths are validated by the store: no absolute paths, no escape from the root, nothing under {@code .l2mac/} or
 * {@code .git/}, text only and at most the store's size cap per file.
 */
public interface FileStore {

    /** All file paths, sorted. */
    List<String> list();

    /** The content of one file; refused when the path is invalid or no such file exists. */
    String read(String path) throws MemoryException;

    /**
     * Refuses exactly what {@link #write} would refuse for this path and content, without writing anything; lets a
     * caller validate a batch of files before writing any of them.
     */
    void checkWrite(String path, String content) throws MemoryException;

    /** Creates or replaces one whole file. */
    void write(String path, String content) throws MemoryException;

    /** Deletes one file; returns false when there was no such file. */
    boolean delete(String path) throws MemoryException;

    /**
     * The size, kind and line count of one file, read in pieces so that a huge file is never held in memory;
     * refused when the path is invalid or no such file exists.
     */
    default FileSummary summary(String path) throws MemoryException {
        return FileSummary.ofText(read(path));
    }

    /**
     * The paths written through this store since it was opened that still exist: the output the machine wrote, which
     * its history commits even where a {@code .gitignore} would hide it. Empty for a store that keeps no such record.
     */
    default Set<String> writtenPaths() {
        return Set.of();
    }

    /** True when the (valid) path names a file in the store. */
    boolean exists(String path);

    /** Every file and its content, sorted by path: the store's state at this moment. */
    Map<String, String> snapshot();

    /** The directory the store lives in, when it is on disk (checks run there). */
    Optional<Path> root();
}
