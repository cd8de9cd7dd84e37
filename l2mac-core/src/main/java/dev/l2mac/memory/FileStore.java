package dev.l2mac.memory;

import java.nio.file.Path;
import java.util.List;
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

    /**
     * The content of one file; refused when the path is invalid or no such file exists, and with a
     * {@link FileTooLargeException} when the file is larger than the store's size cap (so that a huge file made by
     * generated code is never held in memory; read it with {@link #lines} instead).
     */
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

    /**
     * A short text that changes whenever the file's content may have changed since another stamp of it was taken, so
     * that a reader who kept something derived from the content can tell that it still holds without reading the
     * file again; empty when the store cannot tell (a missing file, or one changed too recently to be sure), and
     * then the file must be read.
     */
    default Optional<String> stamp(String path) {
        return Optional.empty();
    }

    /** True when the (valid) path names a file in the store. */
    boolean exists(String path);

    /**
     * Lines {@code first} to {@code last} (1-based, inclusive) of one text file, read in pieces: as many as fit in
     * {@code maxChars} characters counting each line's break and {@code lineOverhead} more (see
     * {@link LineExcerpt}). Refused like {@link #read}, except that a file of any size can be read this way.
     */
    default LineExcerpt lines(String path, long first, long last, int maxChars, int lineOverhead)
            throws MemoryException {
        try {
            return LineExcerpt.read(
                    WorkspacePath.parse(path),
                    new java.io.StringReader(read(path)),
                    first,
                    last,
                    maxChars,
                    lineOverhead);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a string is read without I/O", e);
        }
    }

    /** The directory the store lives in, when it is on disk (checks run there). */
    Optional<Path> root();
}
