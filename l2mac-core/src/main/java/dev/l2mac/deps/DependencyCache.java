package dev.l2mac.deps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the explicit dependency-installation step puts a generated project's third-party packages, and where the
 * checks look for them: a folder inside the workspace's own {@code .l2mac/}, never the user's environment (no global
 * site-packages, no {@code ~/.npm}, no {@code ~/.m2}). Generated code sees it read-only, like the rest of
 * {@code .l2mac/}.
 *
 * @param root {@code <workspace>/.l2mac/deps}
 */
public record DependencyCache(Path root) {

    /** The folder under the workspace that holds every ecosystem's packages. */
    public static final String FOLDER = ".l2mac/deps";

    public DependencyCache {
        Objects.requireNonNull(root, "root");
    }

    /** The cache of the workspace {@code workspace}. */
    public static DependencyCache of(Path workspace) {
        return new DependencyCache(workspace.toAbsolutePath().normalize().resolve(FOLDER));
    }

    /** The target of {@code pip install --target} for {@code requirements.txt}; put on {@code PYTHONPATH}. */
    public Path python() {
        return root.resolve("python");
    }

    /**
     * The environment a Python process needs to import the installed packages: {@code PYTHONPATH} naming
     * {@link #python()} once the step has created it, nothing before.
     */
    public Map<String, String> pythonEnvironment() {
        return Files.isDirectory(python()) ? Map.of("PYTHONPATH", python().toString()) : Map.of();
    }

    /** The npm project installed from {@code package.json}; its {@code node_modules} is what Node resolves. */
    public Path node() {
        return root.resolve("node");
    }

    /** {@code node()/node_modules}. */
    public Path nodeModules() {
        return node().resolve("node_modules");
    }

    /** The Maven local repository ({@code -Dmaven.repo.local}) filled from {@code pom.xml}. */
    public Path mavenRepository() {
        return root.resolve("maven").resolve("repository");
    }

    /**
     * The project's test-scope class path, one line of paths joined by the platform's path separator, as written by
     * {@code mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=...}.
     */
    public Path mavenClasspath() {
        return root.resolve("maven").resolve("classpath.txt");
    }
}
