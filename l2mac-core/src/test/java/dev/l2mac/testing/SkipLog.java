package dev.l2mac.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes every skipped test or class, with its reason, to the file named by the system property {@code
 * l2mac.skip.log} (the build sets one per module and plugin), one tab-separated line each: tests, class, reason.
 * Surefire's XML reports lose the reason of a class skipped in {@code @BeforeAll}; this log keeps it, and
 * {@code .ci/SkippedTests.java} sums the logs up at the end of the build. Without the property it writes nothing.
 */
public final class SkipLog implements TestExecutionListener {
    /** The system property naming the log file. */
    public static final String PROPERTY = "l2mac.skip.log";
    /** A test JVM starts its log afresh once, so that no skip of an earlier build is reported again. */
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        file().filter(file -> STARTED.compareAndSet(false, true)).ifPresent(file -> write(file, ""));
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted without a reason"));
        }
    }

    private void record(TestIdentifier test, String reason) {
        String line = tests(test) + "\t" + where(test) + "\t"
                + String.valueOf(reason).replaceAll("\\s+", " ").strip();
        file().ifPresent(file -> write(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    /** A skipped class or parameterized method counts its tests known before they ran, and at least one. */
    private long tests(TestIdentifier test) {
        if (test.isTest() || plan == null) {
            return 1;
        }
        return Math.max(
                1,
                plan.getDescendants(test).stream()
                        .filter(TestIdentifier::isTest)
                        .count());
    }

    /** The test's class, by which the summary groups its lines. */
    private static String where(TestIdentifier test) {
        Optional<TestSource> source = test.getSource();
        if (source.isPresent() && source.get() instanceof MethodSource method) {
            return method.getClassName();
        }
        if (source.isPresent() && source.get() instanceof ClassSource type) {
            return type.getClassName();
        }
        return test.getDisplayName();
    }

    private static Optional<Path> file() {
        return Optional.ofNullable(System.getProperty(PROPERTY))
                .filter(name -> !name.isBlank())
                .map(Path::of);
    }

    private static void write(Path file, String text, StandardOpenOption... options) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the skip log " + file, e);
        }
    }
}
