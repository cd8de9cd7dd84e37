package dev.l2mac.check;

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

    private ProjectClasspath() {
    }

    /** The jars and folders on the project's test class path that exist, in order; empty when none was written. */
    static List<Path> of(Path workspace) {
        Path file = DependencyCache.of(workspace).mavenClasspath();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).strip().split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .map(Path::of)
                    .filter(Files::exists)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * A warning for a workspace whose {@code pom.xml} names libraries that were never installed, when the compiler
     * could not find some package: the imports are right, the libraries are missing. Empty otherwise.
     */
    static List<Finding> missingLibraries(Path workspace, List<Finding> compileErrors) {
        boolean installed = Files.isRegularFile(DependencyCache.of(workspace).mavenClasspath());
        boolean packageMissing = compileErrors.stream().anyMatch(error -> error.message().startsWith("package ")
                && error.message().contains("does not exist"));
        if (installed || !packageMissing || !Files.isRegularFile(workspace.resolve(POM))) {
            return List.of();
        }
        return List.of(new Finding(POM, 0, 0, Finding.Severity.WARNING, "the libraries pom.xml names are not"
                + " installed, so their packages cannot be found; the user installs them with `l2mac deps` (or runs"
                + " with --install-deps). Keep the dependencies in pom.xml and the imports as they should be.", ""));
    }
}
