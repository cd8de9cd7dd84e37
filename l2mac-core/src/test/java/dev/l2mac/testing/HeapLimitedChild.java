package dev.l2mac.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the test classpath run in a child JVM with a heap of its own, for tests and benchmarks whose
 * figures or outcome depend on the heap: the child's output, once it has exited with 0 within its time.
 */
public final class HeapLimitedChild {

    private HeapLimitedChild() {}

    /**
     * Runs {@code main} with {@code args} in a JVM started with {@code heapFlag} (such as {@code -Xmx512m}) and
     * returns what it printed, standard error included; fails, showing that output, when the child exits with
     * another code or outlives {@code timeout}.
     */
    public static String run(String heapFlag, Duration timeout, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                heapFlag,
                // tree-sitter loads its parsers with System.load, which newer JDKs only allow quietly when asked
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(timeout.toSeconds(), TimeUnit.SECONDS))
                .as(output)
                .isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }
}
