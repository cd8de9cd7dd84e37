package dev.l2mac.eval;

import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published benchmark data in the shared data folder (system property {@code l2mac.shared.data}, set by the
 * build), and the Python with numpy its tests need; a test that needs either is skipped (failed under CI) with a
 * message saying which is missing.
 */
final class SharedData {
    private SharedData() {}

    static Dataset dataset(Benchmark benchmark) {
        Path file = benchmark.defaultFile(Requirements.sharedData(""));
        Requirements.require(
                Files.isRegularFile(file),
                () -> "the benchmark data " + file + "; put the team's shared"
                        + " folder beside the checkout (../shared/data)");
        return Dataset.read(benchmark, file);
    }

    static void requirePythonWithNumpy() {
        Requirements.require(Tool.NUMPY);
    }
}
