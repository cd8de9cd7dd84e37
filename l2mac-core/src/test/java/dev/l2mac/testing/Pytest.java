package dev.l2mac.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a generated workspace's tests on their own, as a user would, for tests that check the engine's output. */
public final class Pytest {
    /** How long a generated workspace's own suite may take. */
    private static final long SUITE_TIMEOUT_SECONDS = 120;

    private Pytest() {}

    /** Runs the whole suite in {@code dir} and returns pytest's exit code (0: all passed). */
    public static int run(Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(SUITE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .as(output)
                .isTrue();
        return process.exitValue();
    }
}
