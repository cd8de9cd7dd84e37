package dev.l2mac.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer lock of a workspace, {@code .l2mac/lock}: an operating-system file lock, which the system releases
 * when the process ends in any way, so that a crashed run never leaves the workspace locked. The file names the
 * holder for the message the next run shows.
 */
public final class WorkspaceLock implements AutoCloseable {
    /** The lock file, relative to the workspace. */
    public static final String FILE = ".l2mac/lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code workspace} for this process.
     *
     * @throws WorkspaceBusyException when another run holds it
     */
    public static WorkspaceLock acquire(Path workspace) {
        Path file = workspace.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                String other = Files.readString(file).strip();
                channel.close();
                throw new WorkspaceBusyException("another run is writing to the workspace " + workspace
                        + (other.isEmpty() ? "" : " (" + other + ")") + "; wait until it ends, or use another"
                        + " --workspace");
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(
                            ("held by process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)),
                    0);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException(DiskTrouble.describe("lock the workspace " + workspace, e), e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Another run holds the workspace's lock. */
    public static final class WorkspaceBusyException extends RuntimeException {
        WorkspaceBusyException(String message) {
            super(message);
        }
    }
}
