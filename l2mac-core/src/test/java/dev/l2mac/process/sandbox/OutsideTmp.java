package dev.l2mac.process.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary directories in the build directory rather than {@code /tmp}. The sandbox gives every command a
 * private {@code /tmp}, which would hide a fake home or a target there even without the protection under test.
 */
public final class OutsideTmp implements TempDirFactory {

    private static final Path BUILD_DIRECTORY = Path.of("target").toAbsolutePath();

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        Files.createDirectories(BUILD_DIRECTORY);
        return Files.createTempDirectory(BUILD_DIRECTORY, "sandbox-test-");
    }
}
