package dev.l2mac.control;

import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.testing.ForwardingFileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends one line per write or delete to a file outside the workspace, so that a test sees any execution repeated;
 * passes a work point before and after each.
 */
final class CountingFileStore extends ForwardingFileStore {
    private final Path executions;
    private final WorkPoints points;

    CountingFileStore(FileStore store, Path executions, WorkPoints points) {
        super(store);
        this.executions = executions;
        this.points = points;
    }

    private void count(String line) {
        try {
            Files.writeString(executions, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(String path, String content) throws MemoryException {
        points.reached("before writing " + path);
        super.write(path, content);
        count("write " + path + " " + content.hashCode());
        points.reached("after writing " + path);
    }

    @Override
    public boolean delete(String path) throws MemoryException {
        points.reached("before deleting " + path);
        boolean deleted = super.delete(path);
        count("delete " + path);
        points.reached("after deleting " + path);
        return deleted;
    }
}
