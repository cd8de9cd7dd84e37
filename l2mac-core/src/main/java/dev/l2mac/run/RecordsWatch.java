package dev.l2mac.run;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Notices when the workspace's git history ({@code .git}) or the run's record (its folder under {@code .l2mac})
 * vanishes while the run goes on, which generated code can do where no sandbox keeps them read-only (a
 * {@code run_command} of {@code rm -rf .git .l2mac}). Each is watched from the moment it is first seen, so a
 * workspace whose history is created during the run is watched from then on.
 */
public final class RecordsWatch {

    private final Path history;
    private final Path records;
    private final RunFolder folder;
    private boolean historySeen;
    private boolean folderSeen;

    public RecordsWatch(Path workspace, RunFolder folder) {
        Path root = workspace.toAbsolutePath().normalize();
        this.history = root.resolve(".git");
        this.records = root.resolve(".l2mac");
        this.folder = folder;
    }

    /**
     * Returns quietly while everything seen so far is still there.
     *
     * @throws RecordsDeletedException when the history or the run's folder, once seen, is gone
     */
    public void verify() {
        boolean historyThere = Files.exists(history, LinkOption.NOFOLLOW_LINKS);
        boolean folderThere = Files.isDirectory(folder.dir(), LinkOption.NOFOLLOW_LINKS);
        historySeen |= historyThere;
        folderSeen |= folderThere;
        boolean historyLost = historySeen && !historyThere;
        boolean recordLost = folderSeen && !folderThere;
        if (historyLost || recordLost) {
            throw new RecordsDeletedException(
                    describe(historyLost, recordLost),
                    new NoSuchFileException((historyLost ? history : folder.dir()).toString()));
        }
    }

    private String describe(boolean historyLost, boolean recordLost) {
        List<String> lost = new ArrayList<>();
        if (historyLost) {
            lost.add("the workspace's git history (" + history + ": every commit, this run's included)");
        }
        if (recordLost) {
            lost.add(
                    Files.exists(records, LinkOption.NOFOLLOW_LINKS)
                            ? "this run's record (" + folder.dir() + ": its log and checkpoint)"
                            : "the run records (" + records
                                    + ": the log and checkpoint of this run and of every earlier" + " one)");
        }
        return "the run stopped: " + String.join(" and ", lost) + (lost.size() > 1 ? " were" : " was")
                + " deleted while the run was going on. Generated code that runs without a sandbox can do this"
                + " (a command, a test or a check). What was deleted is lost, and run " + folder.id()
                + " cannot be resumed; the files in the workspace are kept as they are. Start a new run to go on."
                + " A sandbox prevents this: with bubblewrap installed (apt-get install bubblewrap), generated code"
                + " can neither delete nor change .git and .l2mac.";
    }
}
