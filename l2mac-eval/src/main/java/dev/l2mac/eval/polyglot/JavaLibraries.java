package dev.l2mac.eval.polyglot;

import dev.l2mac.check.PinnedArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jars a Java exercise's tests need, read from its {@code build.gradle}: the JUnit console launcher matching
 * its {@code junit-bom}, AssertJ and any other library with a version, with what they need in turn. Each jar is
 * pinned by SHA-256 in {@value #TABLE} and downloaded once from Maven Central into the tool cache.
 */
final class JavaLibraries {
    static final String TABLE = "java-libraries.txt";
    static final String BUILD_FILE = "build.gradle";
    private static final Pattern BOM = Pattern.compile("org\\.junit:junit-bom:5\\.(\\d+\\.\\d+)");
    private static final Pattern VERSIONED = Pattern.compile("[\"']([\\w.-]+):([\\w.-]+):([\\w.-]+)[\"']");
    private static final String LAUNCHER = "org.junit.platform:junit-platform-console-standalone:1.";
    private static final Map<String, Pinned> PINNED = table();
    /** One artifact per coordinate and cache, so that each jar is looked for (and downloaded) once per process. */
    private static final Map<String, PinnedArtifact> ARTIFACTS = new ConcurrentHashMap<>();

    private JavaLibraries() {}

    /** The launcher and the test class path, or why they cannot be had. */
    sealed interface Resolution {
        record Found(Path launcher, List<Path> libraries) implements Resolution {}

        record Missing(String reason) implements Resolution {}
    }

    private record Pinned(String coordinate, String sha256, List<String> needs) {}

    static Resolution resolve(Path exerciseFolder, Path cache) {
        String build;
        try {
            build = Files.readString(exerciseFolder.resolve(BUILD_FILE));
        } catch (IOException e) {
            return new Resolution.Missing("cannot read " + exerciseFolder.resolve(BUILD_FILE) + ", which names the "
                    + "JUnit and AssertJ versions: " + e.getMessage());
        }
        Matcher bom = BOM.matcher(build);
        if (!bom.find()) {
            return new Resolution.Missing(exerciseFolder.resolve(BUILD_FILE) + " names no org.junit:junit-bom:5.x");
        }
        Set<String> wanted = new LinkedHashSet<>();
        Matcher versioned = VERSIONED.matcher(build);
        while (versioned.find()) {
            if (!versioned.group(2).equals("junit-bom")) {
                wanted.add(versioned.group(1) + ":" + versioned.group(2) + ":" + versioned.group(3));
            }
        }
        List<Path> libraries = new ArrayList<>();
        for (String coordinate : closure(wanted)) {
            switch (jar(coordinate, cache)) {
                case PinnedArtifact.Resolution.Found found -> libraries.add(found.file());
                case PinnedArtifact.Resolution.Missing missing -> {
                    return new Resolution.Missing(missing.reason());
                }
            }
        }
        String launcherCoordinate = LAUNCHER + bom.group(1);
        return switch (jar(launcherCoordinate, cache)) {
            case PinnedArtifact.Resolution.Found found -> new Resolution.Found(found.file(), libraries);
            case PinnedArtifact.Resolution.Missing missing -> new Resolution.Missing(missing.reason());
        };
    }

    private static Set<String> closure(Set<String> wanted) {
        Set<String> all = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(wanted);
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (all.add(next) && PINNED.containsKey(next)) {
                queue.addAll(PINNED.get(next).needs());
            }
        }
        return all;
    }

    private static PinnedArtifact.Resolution jar(String coordinate, Path cache) {
        Pinned pinned = PINNED.get(coordinate);
        if (pinned == null) {
            return new PinnedArtifact.Resolution.Missing(coordinate + " has no pinned SHA-256 in l2mac-eval's " + TABLE
                    + ", so the tests that need it cannot run; add its line there");
        }
        return ARTIFACTS
                .computeIfAbsent(coordinate + " " + cache, key -> artifact(pinned, cache))
                .resolve();
    }

    private static PinnedArtifact artifact(Pinned pinned, Path cache) {
        String[] parts = pinned.coordinate().split(":");
        String path =
                parts[0].replace('.', '/') + "/" + parts[1] + "/" + parts[2] + "/" + parts[1] + "-" + parts[2] + ".jar";
        return new PinnedArtifact(
                pinned.coordinate(),
                "the Java exercises' tests cannot run",
                path,
                pinned.sha256(),
                cache,
                Optional.of(PinnedArtifact.userMavenRepository()),
                Optional.of(PinnedArtifact.MAVEN_CENTRAL));
    }

    private static Map<String, Pinned> table() {
        try (InputStream in = JavaLibraries.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + TABLE + " is missing from the build of l2mac-eval");
            }
            Map<String, Pinned> table = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split("\\s+");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                table.put(
                        fields[0],
                        new Pinned(fields[0], fields[1], List.of(fields).subList(2, fields.length)));
            }
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + TABLE + ": " + e.getMessage(), e);
        }
    }
}
