package dev.l2mac.check.node;

import dev.l2mac.check.PinnedArtifact;
import dev.l2mac.memory.Fingerprints;
import dev.l2mac.process.Directories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The TypeScript compiler with Node's type declarations, as a {@code node_modules} folder in the tool cache: unpacked
 * once from pinned webjars (the npm packages as Maven artifacts), which come from the cache, the local Maven
 * repository or Maven Central like any {@link PinnedArtifact}. Resolved on first use only.
 */
public final class TypeScriptToolchain {

    /** Keep the versions equal to the webjar properties in this module's pom, which bring them into ~/.m2. */
    static final List<Webjar> WEBJARS = List.of(
            new Webjar(
                    "typescript",
                    "5.6.3",
                    "typescript",
                    "c72118503486030b76f005e06d46a7207fd6e36ec1d280b2d6fade4a984510b2"),
            new Webjar(
                    "types__node",
                    "20.19.9",
                    "@types/node",
                    "048a3d299a5b0f0300b0416ab95d7289c19bd603b00e2c02dcb2daf6caa277ee"),
            new Webjar(
                    "undici-types",
                    "6.21.0",
                    "undici-types",
                    "5b1cb5c95ef7f91b2362fca8df598ebbeb40c37b9ade7036e96ef21fa320e608"));
    /** The unpacked packages are about 25 MB; an archive that unpacks to more than this is refused. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    private static final String WITHOUT_IT = "TypeScript is not type-checked and its tests do not run";

    /**
     * One npm package shipped as a webjar.
     *
     * @param name    the webjar's artifact id, such as {@code types__node}
     * @param folder  where the package goes under {@code node_modules}, such as {@code @types/node}
     */
    record Webjar(String name, String version, String folder, String sha256) {
        String artifactPath() {
            return "org/webjars/npm/" + name + "/" + version + "/" + name + "-" + version + ".jar";
        }

        /** The folder inside the jar that holds the package's files. */
        String prefix() {
            return "META-INF/resources/webjars/" + name + "/" + version + "/";
        }
    }

    /** Where the toolchain is, or why it cannot be had. */
    public sealed interface Resolution {
        /** The toolchain's {@code node_modules} folder. */
        record Found(Path nodeModules) implements Resolution {
            /** The compiler's command-line entry point, run with {@code node}. */
            public Path tsc() {
                return nodeModules.resolve("typescript").resolve("lib").resolve("tsc.js");
            }

            /** The folder of declaration packages, such as {@code @types/node}. */
            public Path typeRoots() {
                return nodeModules.resolve("@types");
            }
        }

        /** No toolchain: {@code reason} says why and what to do. */
        record Missing(String reason) implements Resolution {}
    }

    private final Path cacheDirectory;
    private final List<Webjar> webjars;
    private final List<PinnedArtifact> archives;
    private @Nullable Resolution resolution;

    TypeScriptToolchain(
            Path cacheDirectory, Optional<Path> localRepository, Optional<URI> repository, List<Webjar> webjars) {
        this.cacheDirectory = cacheDirectory;
        this.webjars = List.copyOf(webjars);
        this.archives = webjars.stream()
                .map(webjar -> new PinnedArtifact(
                        "the webjar " + webjar.name() + " " + webjar.version(),
                        WITHOUT_IT,
                        webjar.artifactPath(),
                        webjar.sha256(),
                        cacheDirectory,
                        localRepository,
                        repository))
                .toList();
    }

    /** The toolchain unpacked under {@code cacheDirectory}, its webjars taken from {@code ~/.m2} or Maven Central. */
    public static TypeScriptToolchain standard(Path cacheDirectory) {
        return new TypeScriptToolchain(
                cacheDirectory,
                Optional.of(PinnedArtifact.userMavenRepository()),
                Optional.of(PinnedArtifact.MAVEN_CENTRAL),
                WEBJARS);
    }

    /** Like {@link #standard(Path)} but never downloading: for machines (and tests) that must stay offline. */
    public static TypeScriptToolchain offline(Path cacheDirectory) {
        return new TypeScriptToolchain(
                cacheDirectory, Optional.of(PinnedArtifact.userMavenRepository()), Optional.empty(), WEBJARS);
    }

    /** The toolchain, unpacked (and its webjars downloaded) on the first call only. */
    public synchronized Resolution resolve() {
        if (resolution == null) {
            resolution = find();
        }
        return resolution;
    }

    private Resolution find() {
        Path target = cacheDirectory
                .resolve("typescript-" + webjars.getFirst().version() + "-"
                        + Fingerprints.of(String.join(
                                                ",",
                                                webjars.stream()
                                                        .map(Webjar::sha256)
                                                        .toList())
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .substring(0, 12))
                .resolve("node_modules");
        Resolution.Found found = new Resolution.Found(target);
        if (Files.isRegularFile(found.tsc())) {
            return found;
        }
        Path staging = null;
        try {
            Files.createDirectories(cacheDirectory);
            staging = Files.createTempDirectory(cacheDirectory, "unpacking-");
            for (int i = 0; i < webjars.size(); i++) {
                switch (archives.get(i).resolve()) {
                    case PinnedArtifact.Resolution.Missing missing -> {
                        return new Resolution.Missing(missing.reason());
                    }
                    case PinnedArtifact.Resolution.Found jar ->
                        unpack(jar.file(), webjars.get(i), staging.resolve("node_modules"));
                }
            }
            Files.createDirectories(target.getParent());
            move(staging.resolve("node_modules"), target);
            return found;
        } catch (IOException | UncheckedIOException e) {
            return Files.isRegularFile(found.tsc())
                    ? found
                    : new Resolution.Missing("the TypeScript toolchain could"
                            + " not be unpacked into " + cacheDirectory + " (" + e.getMessage() + "), so " + WITHOUT_IT
                            + "; check that the folder is writable and has room.");
        } finally {
            if (staging != null) {
                Directories.deleteTree(staging);
            }
        }
    }

    /** Another process may have unpacked the same toolchain meanwhile; then its copy is kept. */
    private static void move(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // unpacked by someone else
        }
    }

    /**
     * Writes the package's files from {@code jar} under {@code nodeModules/<folder>}; an entry that would land
     * outside that folder, or more than {@link #MAX_UNPACKED_BYTES} in all, is refused.
     */
    static void unpack(Path jar, Webjar webjar, Path nodeModules) throws IOException {
        Path root = nodeModules.resolve(webjar.folder()).normalize();
        long written = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || !entry.getName().startsWith(webjar.prefix())) {
                    continue;
                }
                Path file = root.resolve(
                                entry.getName().substring(webjar.prefix().length()))
                        .normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new IOException("the entry " + entry.getName() + " of " + jar + " would be written outside"
                            + " its package folder; the archive was refused");
                }
                Files.createDirectories(file.getParent());
                written += copyBounded(zip, file, MAX_UNPACKED_BYTES - written);
            }
        }
        if (written == 0) {
            throw new IOException(jar + " holds no files under " + webjar.prefix());
        }
    }

    private static long copyBounded(InputStream in, Path file, long allowed) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                copied += read;
                if (copied > allowed) {
                    throw new IOException(
                            "the TypeScript webjars unpack to more than " + MAX_UNPACKED_BYTES + " bytes; refused");
                }
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }
}
