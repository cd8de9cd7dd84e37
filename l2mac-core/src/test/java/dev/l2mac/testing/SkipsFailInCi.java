package dev.l2mac.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Under CI, a test that skips itself (an assumption, a {@link Requirements} need) fails instead, so that a green
 * build shows that every end-to-end, sandbox and tool test ran; only a live-provider test without its API key may
 * still skip. Registered for every test module through {@code META-INF/services} and JUnit's extension
 * autodetection, switched on in the test-jar's {@code junit-platform.properties}.
 */
public final class SkipsFailInCi implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw asRunIn(thrown, CiMode.on());
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw asRunIn(thrown, CiMode.on());
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw asRunIn(thrown, CiMode.on());
    }

    /** What {@code thrown} becomes: under CI, a skip for anything but an API key is a failure. */
    static Throwable asRunIn(Throwable thrown, boolean ci) {
        if (!ci || !(thrown instanceof TestAbortedException skip) || skip instanceof Requirements.ApiKeyMissing) {
            return thrown;
        }
        return new AssertionFailedError(
                "CI mode (CI=true or -D" + CiMode.PROPERTY + "=true) runs every test but"
                        + " the live-provider ones, and this one would have been skipped: " + skip.getMessage()
                        + ". Install"
                        + " what is missing (.ci/run installs the tools CI needs), or run outside CI mode to skip it.",
                skip);
    }
}
