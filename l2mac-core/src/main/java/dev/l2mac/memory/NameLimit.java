package dev.l2mac.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The longest name of one file or folder that the workspace's file system takes, in UTF-8 bytes, found once by
 * trying names in a scratch folder: Java does not tell it, and it differs (255 bytes on ext4, xfs and btrfs, 143 on
 * an encrypted home). Knowing it, a write of a longer name is refused up front with a message the model can act on,
 * instead of failing as if the disk were full.
 */
final class NameLimit {
    /** The limit of the common Linux file systems; the answer when trying is not possible. */
    static final int USUAL_MAX_BYTES = 255;
    /** Names this short always work; the search starts above. */
    private static final int ALWAYS_TAKEN_BYTES = 16;

    private NameLimit() {}

    /** The longest name {@code scratch} (a folder that may be created) takes, at most {@link #USUAL_MAX_BYTES}. */
    static int probe(Path scratch) {
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            return USUAL_MAX_BYTES;
        }
        if (!takes(scratch, USUAL_MAX_BYTES + 1) && takes(scratch, ALWAYS_TAKEN_BYTES)) {
            int taken = ALWAYS_TAKEN_BYTES;
            int refused = USUAL_MAX_BYTES + 1;
            while (refused - taken > 1) {
                int middle = (taken + refused) / 2;
                if (takes(scratch, middle)) {
                    taken = middle;
                } else {
                    refused = middle;
                }
            }
            return taken;
        }
        return USUAL_MAX_BYTES;
    }

    private static boolean takes(Path scratch, int bytes) {
        Path probe = scratch.resolve("n".repeat(bytes));
        try {
            Files.deleteIfExists(Files.createFile(probe));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
