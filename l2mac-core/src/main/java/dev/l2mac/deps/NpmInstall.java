package dev.l2mac.deps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * {@code package.json} (with {@code package-lock.json} when there is one): copied into {@link DependencyCache#node()}
 * and installed there by {@code npm install} without running any package's scripts, with npm's download cache
 * inside the dependency cache. Node finds the packages through a symbolic link {@code <workspace>/node_modules}
 * pointing (relatively, so that it holds inside the sandbox too) at {@link DependencyCache#nodeModules()}: a search
 * path would not do, since Node ignores {@code NODE_PATH} for ES modules.
 */
public record NpmInstall() implements PackageInstall {

    /** The lock file npm honours when it is present; copied along with the manifest. */
    static final String LOCK_FILE = "package-lock.json";
    /** The folder Node resolves packages from, at the workspace root. */
    public static final String NODE_MODULES = "node_modules";
    /** npm's own cache of downloaded archives, kept when the manifest changes. */
    static final String NPM_CACHE = "npm-cache";

    @Override
    public Ecosystem ecosystem() {
        return Ecosystem.NODE;
    }

    @Override
    public List<String> inputs() {
        return List.of(ecosystem().manifest(), LOCK_FILE);
    }

    @Override
    public Path installed(DependencyCache cache) {
        return cache.nodeModules();
    }

    @Override
    public List<Path> discarded(DependencyCache cache) {
        return List.of(cache.node());
    }

    @Override
    public List<Step> prepare(Path workspace, DependencyCache cache) throws IOException {
        Files.createDirectories(cache.node());
        for (String file : inputs()) {
            Path source = workspace.resolve(file);
            if (Files.isRegularFile(source)) {
                Files.copy(source, cache.node().resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return List.of(new Step(
                List.of(
                        "npm",
                        "install",
                        "--ignore-scripts",
                        "--no-audit",
                        "--no-fund",
                        "--no-update-notifier",
                        "--cache",
                        cache.root().resolve(NPM_CACHE).toString()),
                cache.node(),
                Map.of()));
    }

    /** Links {@code node_modules} into the workspace unless the workspace has one of its own. */
    @Override
    public String finish(Path workspace, DependencyCache cache) throws IOException {
        Files.createDirectories(cache.nodeModules());
        Path link = workspace.resolve(NODE_MODULES);
        Path target = workspace.relativize(cache.nodeModules());
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return "";
            }
            return "the workspace's " + NODE_MODULES + " is a symbolic link to " + Files.readSymbolicLink(link)
                    + ", which Node uses instead; delete it and run this again to use the installed packages";
        }
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            return "the workspace has a " + NODE_MODULES + " of its own, which Node uses instead; delete it and run"
                    + " this again to use the installed packages";
        }
        Files.createSymbolicLink(link, target);
        return "linked as " + NODE_MODULES;
    }
}
