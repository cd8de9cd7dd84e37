package dev.l2mac.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The JUnit Platform console launcher that runs a generated project's JUnit 5 tests (it also holds the JUnit
 * Jupiter API that those tests compile against). Found in the tool cache or the local Maven repository, else
 * downloaded once from Maven Central into the cache; a download whose SHA-256 differs from the pinned one is
 * refused. Resolved on first use only, so runs without Java tests never touch the network.
 */
public final class JUnitLauncherJar {

    /** Keep equal to {@code junit-console.version} in this module's pom, which puts the jar in the local repository. */
    static final String VERSION = "1.14.1";
    static final String SHA256 = "a09c656d60ada792cf12ed1e8dc7ead3edc98dde034332e97dfcb5b4268b9072";
    static final String ARTIFACT_PATH = "org/junit/platform/junit-platform-console-standalone/" + VERSION
            + "/junit-platform-console-standalone-" + VERSION + ".jar";
    static final URI MAVEN_CENTRAL = URI.create("https://repo1.maven.org/maven2/");
    /** The jar is about 3 MB; this bounds a stalled connection, not a slow one. */
    static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final Path cacheDirectory;
    private final Optional<Path> localRepository;
    private final Optional<URI> repository;
    private final String sha256;
    private Resolution resolution;

    /** Where the jar is, or why it cannot be had. */
    public sealed interface Resolution {
        /** The jar, verified. */
        record Found(Path jar) implements Resolution {
        }

        /** No jar: {@code reason} says why and what to do. */
        record Missing(String reason) implements Resolution {
        }
    }

    JUnitLauncherJar(Path cacheDirectory, Optional<Path> localRepository, Optional<URI> repository, String sha256) {
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        this.localRepository = localRepository;
        this.repository = repository;
        this.sha256 = sha256;
    }

    /** The launcher cached under {@code cacheDirectory}, taken from {@code ~/.m2} or Maven Central when absent. */
    public static JUnitLauncherJar standard(Path cacheDirectory) {
        return new JUnitLauncherJar(cacheDirectory, Optional.of(userMavenRepository()), Optional.of(MAVEN_CENTRAL),
                SHA256);
    }

    /** Like {@link #standard(Path)} but never downloading: for machines (and tests) that must stay offline. */
    public static JUnitLauncherJar offline(Path cacheDirectory) {
        return new JUnitLauncherJar(cacheDirectory, Optional.of(userMavenRepository()), Optional.empty(), SHA256);
    }

    /** {@code $XDG_CACHE_HOME/l2mac/tools}, else {@code ~/.cache/l2mac/tools}. */
    public static Path defaultCacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("l2mac").resolve("tools");
    }

    static Path userMavenRepository() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The jar, looked for (and downloaded) on the first call only; later calls give the same answer. */
    public synchronized Resolution resolve() {
        if (resolution == null) {
            resolution = find();
        }
        return resolution;
    }

    private Resolution find() {
        Path cached = cacheDirectory.resolve(fileName());
        if (verified(cached)) {
            return new Resolution.Found(cached);
        }
        Optional<Path> local = localRepository.map(root -> root.resolve(ARTIFACT_PATH)).filter(this::verified);
        if (local.isPresent()) {
            return new Resolution.Found(local.get());
        }
        if (repository.isEmpty()) {
            return new Resolution.Missing("the JUnit console launcher " + VERSION + " is not in " + cacheDirectory
                    + " nor in the local Maven repository, and downloading is off; put "
                    + "junit-platform-console-standalone-" + VERSION + ".jar into " + cacheDirectory
                    + " to run Java tests.");
        }
        return download(repository.get().resolve(ARTIFACT_PATH), cached);
    }

    private Resolution download(URI source, Path target) {
        Path partial = null;
        try {
            Files.createDirectories(cacheDirectory);
            partial = Files.createTempFile(cacheDirectory, "download-", ".part");
            HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpRequest request = HttpRequest.newBuilder(source).timeout(DOWNLOAD_TIMEOUT).GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return missing(source, "the server answered HTTP " + response.statusCode());
                }
                Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!verified(partial)) {
                return missing(source, "the downloaded file's SHA-256 is not the expected " + sha256
                        + ", so it was discarded");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Resolution.Found(target);
        } catch (IOException e) {
            return missing(source, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return missing(source, "the download was interrupted");
        } finally {
            deleteQuietly(partial);
        }
    }

    private Resolution missing(URI source, String why) {
        return new Resolution.Missing("the JUnit console launcher could not be downloaded from " + source + " ("
                + why + "); Java tests cannot run. Connect to the network once, or put "
                + fileName() + " into " + cacheDirectory + ".");
    }

    private boolean verified(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try {
            return Fingerprints.of(Files.readAllBytes(jar)).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    private static String fileName() {
        return ARTIFACT_PATH.substring(ARTIFACT_PATH.lastIndexOf('/') + 1);
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover partial download is replaced by the next attempt.
        }
    }
}
