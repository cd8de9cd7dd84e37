package dev.l2mac.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

/** One file a commit changed, and how. */
public record FileChange(Kind kind, String path) {

    public enum Kind {
        ADDED,
        MODIFIED,
        DELETED
    }

    /** The files that differ from {@code before} (null: the empty tree) to {@code after}, by path. */
    static List<FileChange> between(Repository repository, RevCommit before, RevCommit after) throws IOException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            if (before == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(before.getTree());
            }
            walk.addTree(after.getTree());
            walk.setRecursive(true);
            List<FileChange> changes = new ArrayList<>();
            for (DiffEntry entry : DiffEntry.scan(walk)) {
                changes.add(
                        switch (entry.getChangeType()) {
                            case ADD -> new FileChange(Kind.ADDED, entry.getNewPath());
                            case DELETE -> new FileChange(Kind.DELETED, entry.getOldPath());
                            case MODIFY, RENAME, COPY -> new FileChange(Kind.MODIFIED, entry.getNewPath());
                        });
            }
            changes.sort(Comparator.comparing(FileChange::path));
            return List.copyOf(changes);
        }
    }

    /** {@code A path}, {@code M path} or {@code D path}, as git prints a name-status line. */
    public String describe() {
        return kind.name().charAt(0) + " " + path;
    }
}
