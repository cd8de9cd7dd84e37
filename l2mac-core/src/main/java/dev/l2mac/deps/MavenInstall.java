package dev.l2mac.deps;

import dev.l2mac.process.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * {@code pom.xml}: resolves into {@link DependencyCache#mavenRepository()} everything a later offline
 * {@code mvn -o test} of the workspace needs, and writes the test class path to
 * {@link DependencyCache#mavenClasspath()}. {@code dependency:go-offline} misses what Surefire resolves only while
 * it runs (its provider for the test framework), so the build runs once up to {@code test} on a copy of the POM
 * holding one empty test class, which compiles nothing of the workspace's and runs no test.
 */
record MavenInstall() implements PackageInstall {

    /** The copy of the POM that the resolving build runs on, inside the dependency cache. */
    static final String PROJECT = "project";
    /** Named as Surefire's default includes want a test class, so that Surefire starts and resolves its provider. */
    static final String PROBE_CLASS = "L2macDependencyProbeTest";

    @Override
    public Ecosystem ecosystem() {
        return Ecosystem.MAVEN;
    }

    @Override
    public Path installed(DependencyCache cache) {
        return cache.mavenClasspath();
    }

    @Override
    public List<Path> discarded(DependencyCache cache) {
        return List.of(cache.mavenClasspath(), project(cache));
    }

    @Override
    public List<Step> prepare(Path workspace, DependencyCache cache) throws IOException {
        Path project = project(cache);
        Path tests = project.resolve("src").resolve("test").resolve("java");
        Files.createDirectories(tests);
        Files.createDirectories(cache.mavenRepository());
        Files.copy(
                workspace.resolve(ecosystem().manifest()),
                project.resolve(ecosystem().manifest()),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(tests.resolve(PROBE_CLASS + ".java"), "class " + PROBE_CLASS + " {\n}\n");
        List<String> command = List.of(
                "mvn",
                "-B",
                "-q",
                "-Dmaven.repo.local=" + cache.mavenRepository(),
                "-DfailIfNoTests=false",
                "-Dsurefire.failIfNoSpecifiedTests=false",
                "dependency:go-offline",
                "test",
                "dependency:build-classpath",
                "-Dmdep.includeScope=test",
                "-Dmdep.outputFile=" + cache.mavenClasspath());
        // Maven and the test JVM it forks must fit the sandbox's address-space limit, as the checks' JVMs do.
        return List.of(new Step(command, project, Map.of("JAVA_TOOL_OPTIONS", String.join(" ", ChildJvm.FLAGS))));
    }

    private static Path project(DependencyCache cache) {
        return cache.mavenClasspath().resolveSibling(PROJECT);
    }
}
