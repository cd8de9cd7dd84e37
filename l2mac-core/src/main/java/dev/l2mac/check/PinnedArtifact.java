package dev.l2mac.check;

import dev.l2mac.memory.Fingerprints;
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
import org.jspecify.annotations.Nullable;

/**
 * A tool's archive pinned by its path in a Maven repository and its SHA-256: found in the tool cache or the local
 * Maven repository, else downloaded once from a remote repository into the cache. A file whose digest differs from
 * the pinned one is never used. Resolved on first use only, so runs that never need the tool never touch the network.
 */
public final class PinnedArtifact {

    public static final URI MAVEN_CENTRAL = URI.create("https://repo1.maven.org/maven2/");
    /** Tool archives are a few megabytes; this bounds a stalled connection, not a slow one. */
    static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final String description;
    private final String withoutIt;
    private final String artifactPath;
    private final String sha256;
    private final Path cacheDirectory;
    private final Optional<Path> localRepository;
    private final Optional<URI> repository;
    private @Nullable Resolution resolution;

    /** Where the archive is, or why it cannot be had. */
    public sealed interface Resolution {
        /** The archive, verified. */
        record Found(Path file) implements Resolution {}

        /** No archive: {@code reason} says why and what to do. */
        record Missing(String reason) implements Resolution {}
    }

    /**
     * @param description  what the archive is, for messages, such as "the JUnit console launcher 1.14.1"
     * @param withoutIt    what cannot be done without it, such as "Java tests cannot run"
     * @param artifactPath its path in a Maven repository, such as {@code org/junit/.../x-1.0.jar}
     * @param sha256       the digest it must have, in lower-case hexadecimal
     * @param repository   where to download it from when it is nowhere here; empty never downloads
     */
    public PinnedArtifact(
            String description,
            String withoutIt,
            String artifactPath,
            String sha256,
            Path cacheDirectory,
            Optional<Path> localRepository,
            Optional<URI> repository) {
        this.description = Objects.requireNonNull(description, "description");
        this.withoutIt = Objects.requireNonNull(withoutIt, "withoutIt");
        this.artifactPath = Objects.requireNonNull(artifactPath, "artifactPath");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        this.localRepository = localRepository;
        this.repository = repository;
    }

    /** The user's local Maven repository, {@code ~/.m2/repository}. */
    public static Path userMavenRepository() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The archive, looked for (and downloaded) on the first call only; later calls give the same answer. */
    public synchronized Resolution resolve() {
        if (resolution == null) {
            resolution = find();
        }
        return resolution;
    }

    /** The archive's file name, such as {@code x-1.0.jar}. */
    String fileName() {
        return artifactPath.substring(artifactPath.lastIndexOf('/') + 1);
    }

    private Resolution find() {
        Path cached = cacheDirectory.resolve(fileName());
        if (verified(cached)) {
            return new Resolution.Found(cached);
        }
        Optional<Path> local =
                localRepository.map(root -> root.resolve(artifactPath)).filter(this::verified);
        if (local.isPresent()) {
            return new Resolution.Found(local.get());
        }
        if (repository.isEmpty()) {
            return new Resolution.Missing(description + " is not in " + cacheDirectory + " nor in the local Maven"
                    + " repository, and downloading is off, so " + withoutIt + "; put " + fileName() + " into "
                    + cacheDirectory + ".");
        }
        return download(repository.get().resolve(artifactPath), cached);
    }

    private Resolution download(URI source, Path target) {
        Path partial = null;
        try {
            Files.createDirectories(cacheDirectory);
            partial = Files.createTempFile(cacheDirectory, "download-", ".part");
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            HttpRequest request = HttpRequest.newBuilder(source)
                    .timeout(DOWNLOAD_TIMEOUT)
                    .GET()
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return missing(source, "the server answered HTTP " + response.statusCode());
                }
                Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!verified(partial)) {
                return missing(
                        source,
                        "the downloaded file's SHA-256 is not the expected " + sha256 + ", so it was discarded");
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
        return new Resolution.Missing(description + " could not be downloaded from " + source + " (" + why + "), so "
                + withoutIt + ". Connect to the network once, or put " + fileName() + " into " + cacheDirectory
                + ".");
    }

    private boolean verified(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return Fingerprints.ofFile(file).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(@Nullable Path path) {
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
