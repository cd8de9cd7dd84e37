package dev.l2mac.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A file store in a directory on disk: the workspace itself. Every access stays inside the root, also through
 * symbolic links; writes are atomic (a temporary file, then a rename). The temporary files live in
 * {@value #TEMPORARY_DIR}, among the run records: a process killed between writing one and renaming it leaves it
 * where neither the file tools, nor the workspace's commits, nor the next run see it.
 */
public final class DiskFileStore implements FileStore {
    /** Where writes are prepared, relative to the root; on the same file system, so the rename is atomic. */
    static final String TEMPORARY_DIR = ".l2mac/tmp";

    private final Path root;
    private final Path realRoot;
    /** The longest name of one file or folder, in UTF-8 bytes; 0 until the first write finds it. */
    private volatile int maxNameBytes;

    private final long maxFileBytes;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final TrackedFiles tracked;

    /** Opens (creating when missing) the directory {@code root} as a store of files up to {@code maxFileBytes}. */
    public DiskFileStore(Path root, long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        this.root = root.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
        try {
            Files.createDirectories(this.root);
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot use '" + this.root + "' as the workspace (" + e.getMessage()
                            + "); choose a directory you can write to.",
                    e);
        }
        this.tracked = new TrackedFiles(realRoot);
    }

    @Override
    public List<String> list() {
        return new TreeWalk(realRoot, written, tracked).files();
    }

    @Override
    public String read(String path) throws MemoryException {
        return readFile(path, (valid, file) -> {
            long bytes = Files.size(file);
            if (bytes > maxFileBytes) {
                throw new FileTooLargeException(valid, bytes, maxFileBytes);
            }
            return TextContent.decode(valid, Files.readAllBytes(file));
        });
    }

    @Override
    public LineExcerpt lines(String path, long first, long last, int maxChars, int lineOverhead)
            throws MemoryException {
        return readFile(path, (valid, file) -> {
            CharsetDecoder utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (Reader in = new InputStreamReader(Files.newInputStream(file), utf8)) {
                return LineExcerpt.read(valid, in, first, last, maxChars, lineOverhead);
            } catch (CharacterCodingException e) {
                throw TextContent.binary(valid);
            }
        });
    }

    @Override
    public FileSummary summary(String path) throws MemoryException {
        return readFile(path, (valid, file) -> {
            try (InputStream in = Files.newInputStream(file)) {
                return TextContent.summarise(in);
            }
        });
    }

    /** How one existing file is read. */
    @FunctionalInterface
    private interface FileReading<T> {
        T read(WorkspacePath path, Path file) throws IOException, MemoryException;
    }

    /** Reads the regular file {@code path} names with {@code reading}; a folder or a missing file is refused. */
    private <T> T readFile(String path, FileReading<T> reading) throws MemoryException {
        WorkspacePath valid = WorkspacePath.parse(path);
        Path file = locate(valid);
        if (Files.isDirectory(file)) {
            throw Refusals.isDirectory(valid);
        }
        if (!Files.isRegularFile(file)) {
            throw Refusals.notFound(valid, list());
        }
        try {
            return reading.read(valid, file);
        } catch (NoSuchFileException e) {
            throw Refusals.notFound(valid, list());
        } catch (IOException e) {
            throw ioFailure("read", valid, e);
        }
    }

    /** The file's {@link FileStamps stamp}: its size, modification time and identity, once it has settled. */
    @Override
    public Optional<String> stamp(String path) {
        try {
            return FileStamps.of(locate(WorkspacePath.parse(path)));
        } catch (MemoryException e) {
            return Optional.empty();
        }
    }

    @Override
    public void checkWrite(String path, String content) throws MemoryException {
        writable(path, content);
    }

    @Override
    public void write(String path, String content) throws MemoryException {
        WorkspacePath valid = WorkspacePath.parse(path);
        Path file = writable(path, content);
        try {
            AtomicWrite.replace(realRoot.resolve(TEMPORARY_DIR), file, content.getBytes(StandardCharsets.UTF_8));
            written.add(valid.value());
        } catch (IOException e) {
            throw ioFailure("write", valid, e);
        }
    }

    @Override
    public boolean delete(String path) throws MemoryException {
        WorkspacePath valid = WorkspacePath.parse(path);
        if (deletedAsLink(valid)) {
            return true;
        }
        Path file = locate(valid);
        if (Files.isDirectory(file)) {
            throw Refusals.isDirectory(valid);
        }
        try {
            boolean deleted = Files.deleteIfExists(file);
            if (deleted) {
                removeEmptyParents(file.getParent());
            }
            return deleted;
        } catch (IOException e) {
            throw ioFailure("delete", valid, e);
        }
    }

    /**
     * Deletes {@code path} when it is itself a symbolic link in a folder of the project: the link goes, wherever it
     * points, and nothing it points to is touched. A link into the run's records or installed packages (the
     * {@code node_modules} link) is the machine's own and stays.
     */
    private boolean deletedAsLink(WorkspacePath path) throws MemoryException {
        Path link = realRoot.resolve(path.value());
        if (!Files.isSymbolicLink(link)) {
            return false;
        }
        try {
            // a path inside the project has a folder
            Path parent = Objects.requireNonNull(link.getParent());
            Path folder = parent.toRealPath();
            Path target = parent.resolve(Files.readSymbolicLink(link)).normalize();
            boolean machines = target.startsWith(realRoot)
                    && java.util.stream.StreamSupport.stream(
                                    realRoot.relativize(target).spliterator(), false)
                            .anyMatch(segment ->
                                    WorkspacePath.reservedAs(segment.toString()).isPresent());
            if (!folder.startsWith(realRoot) || machines) {
                return false;
            }
            Files.delete(link);
            removeEmptyParents(link.getParent());
            return true;
        } catch (IOException e) {
            throw ioFailure("delete", path, e);
        }
    }

    @Override
    public Set<String> writtenPaths() {
        written.removeIf(path -> !Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS));
        return Set.copyOf(written);
    }

    @Override
    public boolean exists(String path) {
        try {
            return Files.isRegularFile(locate(WorkspacePath.parse(path)));
        } catch (MemoryException e) {
            return false;
        }
    }

    @Override
    public Optional<Path> root() {
        return Optional.of(root);
    }

    private Path writable(String path, String content) throws MemoryException {
        WorkspacePath valid = WorkspacePath.parse(path);
        Path file = locate(valid);
        if (Files.isDirectory(file)) {
            throw Refusals.isDirectory(valid);
        }
        for (Path parent = file.getParent(); parent != null && !parent.equals(realRoot); parent = parent.getParent()) {
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                throw Refusals.parentIsFile(
                        valid, realRoot.relativize(parent).toString().replace('\\', '/'));
            }
        }
        requireNamesFit(valid);
        TextContent.requireWritable(valid, content, maxFileBytes);
        return file;
    }

    /** Refuses a path with a name longer than the file system takes, saying so. */
    private void requireNamesFit(WorkspacePath path) throws MemoryException {
        int limit = maxNameBytes();
        for (String name : path.value().split("/")) {
            long bytes = TextContent.utf8Length(name);
            if (bytes > limit) {
                throw new MemoryException("The name '" + name.substring(0, Math.min(name.length(), 40)) + "...' in '"
                        + path + "' is " + bytes + " bytes long, more than the " + limit + " bytes this file system"
                        + " allows for one file or folder name; use a shorter name.");
            }
        }
    }

    /** The file system's longest name, found by trying on the first write. */
    private int maxNameBytes() {
        int known = maxNameBytes;
        if (known == 0) {
            known = NameLimit.probe(realRoot.resolve(TEMPORARY_DIR));
            maxNameBytes = known;
        }
        return known;
    }

    /** Where a valid path lives on disk, by the one containment rule. */
    private Path locate(WorkspacePath path) throws MemoryException {
        return Containment.locate(realRoot, path);
    }

    private void removeEmptyParents(@Nullable Path directory) throws IOException {
        for (Path dir = directory;
                dir != null && dir.startsWith(realRoot) && !dir.equals(realRoot);
                dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private static MemoryException ioFailure(String action, WorkspacePath path, IOException e) {
        return new MemoryException(
                "Could not " + action + " '" + path + "' on disk (" + e + "); check that the"
                        + " workspace is writable and has free space, then try again.",
                e);
    }
}
