package dev.l2mac.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.l2mac.check.LocalProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The published benchmark data in the shared data folder (system property {@code l2mac.shared.data}, set by the
 * build), and the Python with numpy its tests need; a test that needs either is skipped with a message saying so.
 */
final class SharedData {
    private static final String PROPERTY = "l2mac.shared.data";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);
    private static final int PROBE_OUTPUT_CHARS = 2_000;
    private static final boolean NUMPY = new LocalProcessRunner().run(List.of("python3", "-c", "import numpy"),
            Path.of("").toAbsolutePath(), Map.of(), PROBE_TIMEOUT, PROBE_OUTPUT_CHARS).succeeded();

    private SharedData() {
    }

    static Dataset dataset(Benchmark benchmark) {
        String root = System.getProperty(PROPERTY);
        assumeTrue(root != null, "system property " + PROPERTY + " is not set (the Maven build sets it); skipping a "
                + "test that reads the published benchmark data");
        Path file = benchmark.defaultFile(Path.of(root));
        assumeTrue(Files.isRegularFile(file), "no benchmark data at " + file + "; skipping a test that reads it");
        return Dataset.read(benchmark, file);
    }

    static void assumePythonWithNumpy() {
        assumeTrue(NUMPY, "python3 with numpy is not available; skipping a test that runs benchmark tests");
    }
}
