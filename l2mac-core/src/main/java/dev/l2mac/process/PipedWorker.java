package dev.l2mac.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A worker process spoken to through its standard input and output, one line each way. A reader thread queues the
 * lines it prints, so waiting for an answer has a timeout; a worker that misses one is killed with its whole tree,
 * since whatever it was running may hang forever.
 */
final class PipedWorker implements ProcessRunner.Worker {

    /** How long a killed worker may take to be reaped before its sandbox's resources are released anyway. */
    static final Duration KILL_GRACE = Duration.ofSeconds(5);

    private final Process process;
    private final ProcessTree tree;
    private final Runnable release;
    private final Writer requests;
    /** Lines printed, then an empty value once the output ends. */
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    private boolean closed;

    PipedWorker(Process process, ProcessTree tree, Runnable release) {
        this.process = process;
        this.tree = tree;
        this.release = release;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("worker-output-" + process.pid()).start(this::readLines);
    }

    private void readLines() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(Optional.of(line));
            }
        } catch (IOException e) {
            // The pipe closes when the worker is killed; the end marker below tells the waiting side.
        } finally {
            lines.add(Optional.empty());
        }
    }

    @Override
    public synchronized Optional<String> ask(String request, Duration timeout) {
        if (closed) {
            return Optional.empty();
        }
        // An answer that came after its request timed out would otherwise be taken for the next one's.
        lines.removeIf(Optional::isPresent);
        try {
            requests.write(request.replace('\n', ' '));
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            close();
            return Optional.empty();
        }
        return awaitLine(timeout);
    }

    @Override
    public synchronized Optional<String> awaitLine(Duration timeout) {
        if (closed) {
            return Optional.empty();
        }
        Optional<String> line;
        try {
            line = lines.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            line = null;
        }
        if (line == null || line.isEmpty()) {
            close();
            return Optional.empty();
        }
        return line;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        tree.kill();
        try {
            process.waitFor(KILL_GRACE.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release.run();
    }
}
