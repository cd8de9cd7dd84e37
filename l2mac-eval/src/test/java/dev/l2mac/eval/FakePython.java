package dev.l2mac.eval;

import dev.l2mac.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for Python so that the harness's bookkeeping is tested without processes: a program whose candidate
 * says {@code GOOD} runs to its end marker, {@code HANG} times out, anything else fails an assertion. It records
 * the most programs it saw running at once.
 */
final class FakePython implements ProcessRunner {
    private static final Duration RUN_TIME = Duration.ofMillis(20);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @Override
    public ProcessResult run(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars) {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(RUN_TIME);
            String program = Files.readString(directory.resolve(command.getLast()));
            if (program.contains("HANG")) {
                return new ProcessResult.TimedOut("", false);
            }
            if (program.contains("GOOD")) {
                String lastLine = program.strip().lines().reduce((a, b) -> b).orElseThrow();
                String marker = lastLine.substring("print('".length(), lastLine.length() - "')".length());
                return new ProcessResult.Exited(0, marker + "\n", false);
            }
            return new ProcessResult.Exited(1, "Traceback (most recent call last):\nAssertionError\n", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProcessResult.TimedOut("", false);
        } finally {
            running.decrementAndGet();
        }
    }

    int mostAtOnce() {
        return mostAtOnce.get();
    }
}
