package dev.l2mac.check.java;

import dev.l2mac.deps.DependencyCache;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The generated project's own libraries for compiling and running its Java code: the test class path that the
 * dependency step wrote from its {@code pom.xml} ({@link DependencyCache#mavenClasspath()}), or nothing before that
 * step ran.
 */
final class ProjectClasspath {

    static final String POM = "pom.xml";

    private ProjectClasspath() {}

    /** The jars and folders on the project's test class path that exist, in order; empty when none was written. */
    static List<Path> of(Path workspace) {
        Path file = DependencyCache.of(workspace).mavenClasspath();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8)
                            .strip()
                            .split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .map(Path::of)
                    .filter(Files::exists)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
