package dev.l2mac.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Says in words a person can act on why the run's record could not be written: a full disk, a read-only
 * workspace, a deleted run folder, and what survives (everything recorded before).
 */
public final class DiskTrouble {
    private DiskTrouble() {}

    /** A sentence for the failure of {@code action}: what happened, why, what is kept, and what to do. */
    public static String describe(String action, IOException failure) {
        String why = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        String kept = " Everything recorded before is kept; fix this and run 'l2mac resume' to continue.";
        if (why.contains("no space left") || why.contains("disk quota")) {
            return "could not " + action + ": the disk is full." + kept + " Free some space first.";
        }
        if (failure instanceof AccessDeniedException || why.contains("read-only")) {
            return "could not " + action + ": the workspace is not writable (read-only or no permission)." + kept
                    + " Make the folder writable first.";
        }
        // java.io reports a vanished folder as FileNotFoundException, java.nio as NoSuchFileException.
        if (failure instanceof java.nio.file.NoSuchFileException
                || failure instanceof java.io.FileNotFoundException && why.contains("no such file")) {
            return "could not " + action + ": the run folder was deleted while the run was going on. The files"
                    + " already written to the workspace are kept, but this run cannot be resumed; start a new run.";
        }
        String detail = failure instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : failure.getMessage();
        return "could not " + action + " (" + detail + ")." + kept;
    }
}
