package dev.l2mac.memory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** A file store held in a sorted map, with the same validation and refusals as the on-disk store. */
public final class InMemoryFileStore implements FileStore {

    private final TreeMap<String, String> files = new TreeMap<>();
    /** The write that last changed each file, in the order of all writes: its {@link #stamp}. */
    private final Map<String, Long> writes = new HashMap<>();
    /** Makes this store's stamps its own: another store's write numbers, saved or not, never match them. */
    private final String identity = UUID.randomUUID().toString();

    private long lastWrite;
    private final long maxFileBytes;

    public InMemoryFileStore(long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public synchronized List<String> list() {
        return List.copyOf(files.keySet());
    }

    @Override
    public synchronized String read(String path) throws MemoryException {
        WorkspacePath valid = WorkspacePath.parse(path);
        String content = files.get(valid.value());
        if (content == null) {
            throw isDirectory(valid) ? Refusals.isDirectory(valid) : Refusals.notFound(valid, list());
        }
        return content;
    }

    @Override
    public synchronized void checkWrite(String path, String content) throws MemoryException {
        writable(path, content);
    }

    @Override
    public synchronized void write(String path, String content) throws MemoryException {
        String valid = writable(path, content).value();
        files.put(valid, content);
        writes.put(valid, ++lastWrite);
    }

    @Override
    public synchronized Optional<String> stamp(String path) {
        try {
            // a path as the listing gives it is a stored key already: no need to parse it again
            Long write = writes.containsKey(path)
                    ? writes.get(path)
                    : writes.get(WorkspacePath.parse(path).value());
            return write == null ? Optional.empty() : Optional.of("write " + write + " of " + identity);
        } catch (MemoryException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized boolean delete(String path) throws MemoryException {
        WorkspacePath valid = WorkspacePath.parse(path);
        if (isDirectory(valid)) {
            throw Refusals.isDirectory(valid);
        }
        writes.remove(valid.value());
        return files.remove(valid.value()) != null;
    }

    @Override
    public synchronized boolean exists(String path) {
        try {
            return files.containsKey(WorkspacePath.parse(path).value());
        } catch (MemoryException e) {
            return false;
        }
    }

    @Override
    public Optional<Path> root() {
        return Optional.empty();
    }

    private WorkspacePath writable(String path, String content) throws MemoryException {
        WorkspacePath valid = WorkspacePath.parse(path);
        if (isDirectory(valid)) {
            throw Refusals.isDirectory(valid);
        }
        for (int slash = valid.value().indexOf('/');
                slash >= 0;
                slash = valid.value().indexOf('/', slash + 1)) {
            String parent = valid.value().substring(0, slash);
            if (files.containsKey(parent)) {
                throw Refusals.parentIsFile(valid, parent);
            }
        }
        TextContent.requireWritable(valid, content, maxFileBytes);
        return valid;
    }

    /** True when other files live under this path, which makes it a folder rather than a file. */
    private boolean isDirectory(WorkspacePath path) {
        String prefix = path.value() + "/";
        String next = files.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }
}
