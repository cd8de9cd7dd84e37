package dev.l2mac.check.java;

import dev.l2mac.check.PinnedArtifact;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JUnit Platform console launcher that runs a generated project's JUnit 5 tests (it also holds the JUnit
 * Jupiter API that those tests compile against): a {@link PinnedArtifact} from the tool cache, the local Maven
 * repository or Maven Central.
 */
public final class JUnitLauncherJar {

    /** Keep equal to {@code junit-console.version} in this module's pom, which puts the jar in the local repository. */
    static final String VERSION = "1.14.1";

    static final String SHA256 = "a09c656d60ada792cf12ed1e8dc7ead3edc98dde034332e97dfcb5b4268b9072";
    static final String ARTIFACT_PATH = "org/junit/platform/junit-platform-console-standalone/" + VERSION
            + "/junit-platform-console-standalone-" + VERSION + ".jar";

    private final PinnedArtifact jar;

    JUnitLauncherJar(Path cacheDirectory, Optional<Path> localRepository, Optional<URI> repository, String sha256) {
        this.jar = new PinnedArtifact(
                "the JUnit console launcher " + VERSION,
                "Java tests cannot run",
                ARTIFACT_PATH,
                sha256,
                cacheDirectory,
                localRepository,
                repository);
    }

    /** The launcher cached under {@code cacheDirectory}, taken from {@code ~/.m2} or Maven Central when absent. */
    public static JUnitLauncherJar standard(Path cacheDirectory) {
        return new JUnitLauncherJar(
                cacheDirectory,
                Optional.of(PinnedArtifact.userMavenRepository()),
                Optional.of(PinnedArtifact.MAVEN_CENTRAL),
                SHA256);
    }

    /** Like {@link #standard(Path)} but never downloading: for machines (and tests) that must stay offline. */
    public static JUnitLauncherJar offline(Path cacheDirectory) {
        return new JUnitLauncherJar(
                cacheDirectory, Optional.of(PinnedArtifact.userMavenRepository()), Optional.empty(), SHA256);
    }

    /** {@code $XDG_CACHE_HOME/l2mac/tools}, else {@code ~/.cache/l2mac/tools}. */
    public static Path defaultCacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("l2mac").resolve("tools");
    }

    /** The jar, looked for (and downloaded) on the first call only; later calls give the same answer. */
    public PinnedArtifact.Resolution resolve() {
        return jar.resolve();
    }
}
