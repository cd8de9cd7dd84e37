package dev.l2mac.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Skips a test with a clear message when the Python tools it runs are not installed on this machine. */
final class Python {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    private static final int PROBE_OUTPUT_CHARS = 2_000;
    private static final boolean PYTHON = probe(List.of("python3", "--version"));
    private static final boolean PYTEST = PYTHON && probe(List.of("python3", "-m", "pytest", "--version"));

    private Python() {
    }

    static void assumePython() {
        assumeTrue(PYTHON, "python3 is not installed or not on PATH; skipping a test that runs it");
    }

    static void assumePytest() {
        assumePython();
        assumeTrue(PYTEST, "pytest is not installed for python3 (python3 -m pip install pytest); skipping");
    }

    private static boolean probe(List<String> command) {
        return new LocalProcessRunner().run(command, Path.of("."), Map.of(), PROBE_TIMEOUT, PROBE_OUTPUT_CHARS)
                .succeeded();
    }
}
