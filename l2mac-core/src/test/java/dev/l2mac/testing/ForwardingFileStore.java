package dev.l2mac.testing;

import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.FileSummary;
import dev.l2mac.memory.LineExcerpt;
import dev.l2mac.memory.MemoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A store that passes every call to another; a test overrides the calls it watches. */
public abstract class ForwardingFileStore implements FileStore {
    private final FileStore store;

    protected ForwardingFileStore(FileStore store) {
        this.store = store;
    }

    @Override
    public List<String> list() {
        return store.list();
    }

    @Override
    public String read(String path) throws MemoryException {
        return store.read(path);
    }

    @Override
    public void checkWrite(String path, String content) throws MemoryException {
        store.checkWrite(path, content);
    }

    @Override
    public void write(String path, String content) throws MemoryException {
        store.write(path, content);
    }

    @Override
    public boolean delete(String path) throws MemoryException {
        return store.delete(path);
    }

    @Override
    public FileSummary summary(String path) throws MemoryException {
        return store.summary(path);
    }

    @Override
    public Set<String> writtenPaths() {
        return store.writtenPaths();
    }

    @Override
    public Optional<String> stamp(String path) {
        return store.stamp(path);
    }

    @Override
    public boolean exists(String path) {
        return store.exists(path);
    }

    @Override
    public LineExcerpt lines(String path, long first, long last, int maxChars, int lineOverhead)
            throws MemoryException {
        return store.lines(path, first, last, maxChars, lineOverhead);
    }

    @Override
    public Optional<Path> root() {
        return store.root();
    }
}
