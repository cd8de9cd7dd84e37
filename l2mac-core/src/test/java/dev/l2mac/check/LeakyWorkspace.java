package dev.l2mac.check;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For tests of what checker output may show: a workspace beside a secret that the output names, with
 * {@code app/main.py} inside, a link {@code app/notes.py} to the secret outside, and the secret again in the
 * reserved folder {@code .l2mac}.
 */
public abstract class LeakyWorkspace {

    /** A secret that must never appear in a finding. */
    protected static final String SECRET = "api_key: sk-canary-0123456789";

    @TempDir
    protected Path root;

    protected Path workspace;
    protected Path secret;

    @BeforeEach
    void layout() throws Exception {
        workspace = Files.createDirectories(root.resolve("ws"));
        new WorkspaceFixture(workspace).write("app/main.py", "x = 1\ny = 2\nz = 3\n");
        Files.createDirectories(root.resolve("home/.l2mac"));
        secret = Files.writeString(root.resolve("home/.l2mac/config.yaml"), "llm:\n  " + SECRET + "\n  model: m\n");
        Files.createSymbolicLink(workspace.resolve("app/notes.py"), secret);
        Files.createDirectories(workspace.resolve(".l2mac"));
        Files.writeString(workspace.resolve(".l2mac/events.jsonl"), "one\n" + SECRET + "\n");
    }
}
