package dev.l2mac.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/** One kind of check over a workspace on disk, for the files of one language. */
public interface Checker {

    /** A short name for logs and reports, such as {@code python-syntax} or {@code pytest}. */
    String name();

    /** True when this checker has something to check among these workspace files. */
    boolean appliesTo(Collection<String> files);

    /**
     * Checks the workspace. {@code changed} names the files written or deleted since the last check, for
     * checkers that can work incrementally; a checker may ignore it and check everything.
     */
    CheckReport check(Path workspace, Set<String> changed);

    /**
     * Checks the workspace within {@code scope}: a {@linkplain #scoped() scoped} checker looks only at the changed
     * files and the files importing them; any other checks everything.
     */
    default CheckReport check(Path workspace, CheckScope.Only scope) {
        return check(workspace, Set.of());
    }

    /** True when this checker's findings are about one file at a time, so that it honours a {@link CheckScope}. */
    default boolean scoped() {
        return false;
    }

    /**
     * True when a change to {@code file} can change this checker's report; while no such file changes, the last
     * report stands and the check is not run again. Every file, unless a checker knows better.
     */
    default boolean dependsOn(String file) {
        return true;
    }

    /**
     * Drops whatever this checker remembers of earlier checks to work incrementally, because something outside the
     * workspace's files changed what a check finds (packages were installed); the next check starts afresh.
     */
    default void forget() {}

    /**
     * Stops whatever this checker keeps running between checks (a warm worker, its scratch folder and process
     * group); the next check starts it again. Called when a run ends, so that nothing of it outlives the run.
     */
    default void release() {}
}
