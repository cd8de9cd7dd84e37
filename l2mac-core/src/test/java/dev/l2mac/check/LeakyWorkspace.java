package dev.l2mac.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workspace beside a secret that checker output may name: {@code app/main.py} inside, a link {@code app/notes.py}
 * to the secret outside, and the secret again in the reserved folder {@code .l2mac}.
 */
public record LeakyWorkspace(Path workspace, Path secret) {

    /** A secret that must never appear in a finding. */
    public static final String SECRET = "api_key: sk-canary-0123456789";

    /** Lays the workspace out in {@code root/ws} and the secret in {@code root/home}. */
    public static LeakyWorkspace in(Path root) throws IOException {
        Path workspace = Files.createDirectories(root.resolve("ws"));
        new WorkspaceFixture(workspace).write("app/main.py", "x = 1\ny = 2\nz = 3\n");
        Files.createDirectories(root.resolve("home/.l2mac"));
        Path secret = Files.writeString(root.resolve("home/.l2mac/config.yaml"), "llm:\n  " + SECRET + "\n  model: m\n");
        Files.createSymbolicLink(workspace.resolve("app/notes.py"), secret);
        Files.createDirectories(workspace.resolve(".l2mac"));
        Files.writeString(workspace.resolve(".l2mac/events.jsonl"), "one\n" + SECRET + "\n");
        return new LeakyWorkspace(workspace, secret);
    }
}
