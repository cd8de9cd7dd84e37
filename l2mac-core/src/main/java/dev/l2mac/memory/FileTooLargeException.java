package dev.l2mac.memory;

import java.util.Locale;

/**
 * A file too large for the store to read whole: it holds more bytes than the store's size cap. It can still be
 * summarised ({@link FileStore#summary}) and read in parts ({@link FileStore#lines}).
 */
public final class FileTooLargeException extends MemoryException {
    private final long bytes;
    private final long maxBytes;

    FileTooLargeException(WorkspacePath path, long bytes, long maxBytes) {
        super(String.format(
                Locale.ROOT,
                "File '%s' is %,d bytes, more than the %,d bytes a file may have to be read"
                        + " whole; view it in parts, such as '%s:1-400'.",
                path,
                bytes,
                maxBytes,
                path));
        this.bytes = bytes;
        this.maxBytes = maxBytes;
    }

    /** The file's size. */
    public long bytes() {
        return bytes;
    }

    /** The most bytes the store reads whole. */
    public long maxBytes() {
        return maxBytes;
    }
}
