package dev.l2mac.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;

/**
 * What a test needs from the machine: a tool, the shared data folder, an API key. A test whose need is not met is
 * skipped with a message naming what is missing; under CI ({@link CiMode}) {@link SkipsFailInCi} turns every such
 * skip into a failure, except {@link #requireApiKey} for the live-provider tests.
 */
public final class Requirements {
    /** The system property, set by the build, that names the team's shared data folder. */
    public static final String SHARED_DATA = "l2mac.shared.data";

    private Requirements() {}

    /** Skips the calling test unless {@code tool} runs here. */
    public static void require(Tool tool) {
        require(tool.present(), tool::missing);
    }

    /** Skips the calling test unless {@code present}; {@code missing} names what is missing and how to get it. */
    public static void require(boolean present, String missing) {
        require(present, () -> missing);
    }

    /** As {@link #require(boolean, String)}, with a message built only when it is needed. */
    public static void require(boolean present, Supplier<String> missing) {
        if (!present) {
            throw new TestAbortedException("missing: " + missing.get());
        }
    }

    /**
     * The file or folder {@code relative} to the shared data folder; skips the calling test when the folder is not
     * configured or it is absent.
     */
    public static Path sharedData(String relative) {
        String root = System.getProperty(SHARED_DATA);
        require(
                root != null,
                () -> "the shared data folder: system property " + SHARED_DATA + " is not set; run"
                        + " the tests through Maven, which points it at ../shared/data beside the checkout");
        Path path = Path.of(root).resolve(relative);
        require(
                Files.exists(path),
                () -> "the shared data " + path + "; put the team's shared folder beside the"
                        + " checkout (../shared/data)");
        return path;
    }

    /**
     * Skips a live-provider test unless every variable is set; the one skip that CI allows, since CI has no keys.
     */
    public static void requireApiKey(String... variables) {
        List<String> unset = Arrays.stream(variables)
                .filter(variable -> System.getenv(variable) == null)
                .toList();
        if (!unset.isEmpty()) {
            throw new ApiKeyMissing("a live-provider test, run only with an API key: set " + String.join(" and ", unset)
                    + " to run it");
        }
    }

    /** The skip of a live-provider test without its key, which CI lets stand. */
    static final class ApiKeyMissing extends TestAbortedException {
        private static final long serialVersionUID = 1L;

        ApiKeyMissing(String message) {
            super(message);
        }
    }
}
