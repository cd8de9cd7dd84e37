package dev.l2mac.run;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * The workspace's history or the run's record vanished during the run: not a disk fault, and nothing recorded
 * there is kept. The message says what was lost, that the run cannot be resumed, and how to prevent it.
 */
public final class RecordsDeletedException extends UncheckedIOException {

    RecordsDeletedException(String message, NoSuchFileException missing) {
        super(message, missing);
    }
}
