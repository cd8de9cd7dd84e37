package dev.l2mac.history;

import java.util.Objects;
import org.eclipse.jgit.revwalk.RevCommit;

/** One commit of the workspace: its id and the id of the tree it records (the files, independent of time). */
public record Revision(String commit, String tree) {
    public Revision {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(tree, "tree");
    }

    static Revision of(RevCommit commit) {
        return new Revision(commit.getName(), commit.getTree().getName());
    }
}
