package dev.l2mac.cli;

import dev.l2mac.cli.invocation.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code l2mac} commands on the workspace {@code out} inside {@code project}, keeping what they print. */
final class WorkspaceCommands {
    private final Path project;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    WorkspaceCommands(Path project) {
        this.project = project;
    }

    /** Runs {@code command} with {@code --workspace out}; returns the exit code. */
    int run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--workspace", "out"));
        Invocation invocation = new Invocation(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("L2MAC_API_KEY", "sk-local-test"),
                project,
                project.resolve("home"),
                RunLauncher::launch);
        return Main.execute(args.toArray(String[]::new), invocation);
    }

    Path workspace() {
        return project.resolve("out");
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    void forgetOutput() {
        out.reset();
    }
}
