package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import dev.l2mac.process.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one hostile Python program through a sandboxed runner under tight limits, with a fake home holding fake
 * keys: {@code .l2mac/config.yaml}, and a tool directory on the {@code PATH} with a credential file inside.
 */
final class HostileRun {

    static final String SECRET = "sk-l2mac-fake-secret-0123456789";
    static final String TOOL_TEXT = "a visible tool";
    static final SandboxLimits TIGHT =
            new SandboxLimits(512L * 1024 * 1024, 64, 16L * 1024 * 1024, Duration.ofSeconds(30));
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final int CAP = 10_000;

    final Path workspace;
    final Path home;
    final SandboxedProcessRunner runner;

    HostileRun(Sandbox.Bubblewrap sandbox, SandboxLimits limits, Path workspace, Path home) throws IOException {
        Python.requirePython();
        this.workspace = workspace;
        this.home = home;
        Files.createDirectories(home.resolve(".l2mac"));
        Files.writeString(home.resolve(".l2mac/config.yaml"), "llm:\n  api_key: " + SECRET + "\n");
        Files.createDirectories(home.resolve(".cargo/bin"));
        Files.writeString(home.resolve(".cargo/bin/tool.txt"), TOOL_TEXT);
        Files.writeString(home.resolve(".cargo/credentials.toml"), "token = \"" + SECRET + "\"\n");
        Files.writeString(home.resolve("notes.txt"), SECRET);
        List<Path> homes = new ArrayList<>(List.of(home, Path.of(System.getProperty("user.home"))));
        String path = LocalProcessRunner.searchPath() + ":" + home.resolve(".cargo/bin");
        this.runner = Sandboxing.runner(sandbox, limits, homes, path);
    }

    ProcessResult run(String program, Duration timeout, String... arguments) throws IOException {
        Files.writeString(workspace.resolve("hostile.py"), program);
        List<String> command = new ArrayList<>(List.of("python3", "hostile.py"));
        command.addAll(List.of(arguments));
        return runner.run(command, workspace, Map.of(), timeout, CAP);
    }

    ProcessResult run(String program, String... arguments) throws IOException {
        return run(program, TIMEOUT, arguments);
    }

    /** The run goes on: the same runner still runs ordinary code afterwards. */
    void assertRunGoesOn() {
        ProcessResult next =
                runner.run(List.of("python3", "-c", "print('still running')"), workspace, Map.of(), TIMEOUT, CAP);
        assertThat(next.succeeded()).as(next.output()).isTrue();
        assertThat(next.output()).isEqualTo("still running\n");
    }
}
