package dev.l2mac.cli;

import dev.l2mac.cli.invocation.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real {@code l2mac} command, run in-process from a project folder with a home folder of its own and the key a
 * local chat-completions server accepts; what it prints is kept for the test to read.
 */
final class LocalCommand {
    private final Path project;
    private final Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    LocalCommand(Path project, Path home) {
        this.project = project;
        this.home = home;
    }

    /** Runs {@code l2mac args...} and returns its exit code. */
    int run(String... args) {
        Invocation invocation = new Invocation(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("L2MAC_API_KEY", "sk-local-test"),
                project,
                home,
                RunLauncher::launch);
        return Main.execute(args, invocation);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    void clear() {
        out.reset();
        err.reset();
    }
}
