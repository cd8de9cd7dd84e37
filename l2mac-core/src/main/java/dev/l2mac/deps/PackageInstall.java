package dev.l2mac.deps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How one ecosystem's dependencies get from its manifest into the {@link DependencyCache}: which workspace files
 * decide whether to install again, what the cache must hold afterwards, and the package-manager commands to run.
 */
sealed interface PackageInstall permits PipInstall, NpmInstall, MavenInstall {

    Ecosystem ecosystem();

    /** The workspace files (relative) whose contents decide whether to install again, the manifest first. */
    default List<String> inputs() {
        return List.of(ecosystem().manifest());
    }

    /** What the cache holds once the packages are installed, as the user is told. */
    Path installed(DependencyCache cache);

    /** What is deleted before installing afresh; caches of downloaded archives are kept. */
    List<Path> discarded(DependencyCache cache);

    /** Prepares the cache folders and returns the commands to run, in order. */
    List<Step> prepare(Path workspace, DependencyCache cache) throws IOException;

    /**
     * Makes the installed packages visible to the workspace's code, where a search path cannot; returns a note for
     * the user, or an empty one.
     */
    default String finish(Path workspace, DependencyCache cache) throws IOException {
        return "";
    }

    /** A package-manager command run in {@code directory}, with {@code environment} added to the minimal one. */
    record Step(List<String> command, Path directory, Map<String, String> environment) {
        public Step {
            command = List.copyOf(command);
            environment = Map.copyOf(environment);
        }
    }
}
