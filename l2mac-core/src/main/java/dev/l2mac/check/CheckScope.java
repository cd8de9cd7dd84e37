package dev.l2mac.check;

import java.util.Set;

/**
 * Which files a check looks at. A run on a new workspace checks {@link Everything}; a run on an existing repository
 * checks {@link Only} the files it changed since it started, so that its checks never lint or parse every file of a
 * large repository. Checkers whose findings are about one file at a time (syntax, lint) honour it, adding the files
 * that import a changed one; those that judge the whole project (a compiler, the tests, commands) check everything.
 */
public sealed interface CheckScope {

    /** Every file of the workspace. */
    record Everything() implements CheckScope {}

    /** The files the run changed (written or deleted), workspace-relative; a deleted one no longer exists. */
    record Only(Set<String> changed) implements CheckScope {
        public Only {
            changed = Set.copyOf(changed);
        }
    }

    CheckScope EVERYTHING = new Everything();
}
