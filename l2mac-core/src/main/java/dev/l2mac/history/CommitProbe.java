package dev.l2mac.history;

/**
 * Told each moment a commit passes, in order, so that a test can kill the process there and leave the repository
 * as a kill at that moment would; a run passes {@link #NONE}.
 */
@FunctionalInterface
public interface CommitProbe {
    /** Does nothing. */
    CommitProbe NONE = moment -> {};

    void at(Moment moment);

    /** The moments of one commit, in the order they pass. */
    enum Moment {
        /** Every change is staged in the index; no commit object yet. */
        STAGED,
        /** This commit holds {@code .git/index.lock}. */
        INDEX_LOCKED,
        /** The tree and commit objects are written; the branch does not point at them yet. */
        OBJECTS_WRITTEN,
        /** The branch points at the new commit; {@code .git/index.lock} is still held. */
        BRANCH_MOVED
    }
}
