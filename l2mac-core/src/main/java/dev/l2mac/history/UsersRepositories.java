package dev.l2mac.history;

import java.util.List;

/**
 * The repositories nested in the work tree when a run began (a vendored checkout with its own {@code .git}, a
 * submodule): the user's, unlike one that generated code nests during the run. The run leaves each exactly as it
 * was: never removed, never committed into the outer history (a commit records at its folder what the latest
 * commit did), never rolled back, and never among the files the checks look at.
 *
 * @param gitEntries the nested {@code .git} entries, {@code /}-separated and relative to the work tree
 */
public record UsersRepositories(List<String> gitEntries) {

    /** A run that has not recorded where it began (or began with none) keeps none this way. */
    public static final UsersRepositories NONE = new UsersRepositories(List.of());

    public UsersRepositories {
        gitEntries = gitEntries == null ? List.of() : List.copyOf(gitEntries);
    }

    /** Whether {@code gitEntry} (a nested {@code .git}) is one of them. */
    boolean holdsEntry(String gitEntry) {
        return gitEntries.contains(gitEntry);
    }

    /** The folders they make repositories, relative to the work tree. */
    List<String> folders() {
        return gitEntries.stream()
                .map(git -> git.substring(0, git.lastIndexOf('/')))
                .toList();
    }

    /** Whether the work-tree path {@code path} is one of their folders or lies inside one. */
    public boolean hold(String path) {
        return folders().stream().anyMatch(folder -> path.equals(folder) || path.startsWith(folder + "/"));
    }
}
