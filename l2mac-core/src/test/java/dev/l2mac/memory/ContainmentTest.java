package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainmentTest {

    @TempDir
    Path root;

    private Path workspace;
    private Path secret;

    @BeforeEach
    void layout() throws Exception {
        workspace = Files.createDirectories(root.resolve("workspace"));
        Files.createDirectories(workspace.resolve("app"));
        Files.writeString(workspace.resolve("app/main.py"), "print('hi')\n");
        Files.createDirectories(root.resolve("home/.l2mac"));
        secret = Files.writeString(root.resolve("home/.l2mac/config.yaml"), "api_key: sk-canary\n");
    }

    @Test
    void accepts_a_file_inside_the_workspace_relative_or_absolute() throws Exception {
        Path real = workspace.resolve("app/main.py").toRealPath();

        assertThat(Containment.readableFile(workspace, "app/main.py")).contains(real);
        assertThat(Containment.readableFile(workspace, "./app/../app/main.py")).contains(real);
        assertThat(Containment.readableFile(
                        workspace, workspace.resolve("app/main.py").toString()))
                .contains(real);
        assertThat(Containment.readableFile(workspace, "file://" + workspace.resolve("app/main.py")))
                .contains(real);
        assertThat(Containment.workspaceFile(workspace, workspace + "/app/./main.py"))
                .contains("app/main.py");
    }

    @Test
    void refuses_dot_dot_escapes() {
        assertThat(Containment.readableFile(workspace, "../home/.l2mac/config.yaml"))
                .isEmpty();
        assertThat(Containment.readableFile(workspace, "app/../../home/.l2mac/config.yaml"))
                .isEmpty();
        assertThat(Containment.readableFile(workspace, workspace + "/../../../" + secret))
                .isEmpty();
    }

    @Test
    void refuses_absolute_paths_outside_the_workspace() {
        assertThat(Containment.readableFile(workspace, secret.toString())).isEmpty();
        assertThat(Containment.readableFile(workspace, "file://" + secret)).isEmpty();
        assertThat(Containment.readableFile(workspace, "/etc/passwd")).isEmpty();
    }

    @Test
    void refuses_symbolic_links_leading_out_of_the_workspace() throws Exception {
        Files.createSymbolicLink(workspace.resolve("app/notes.txt"), secret);
        Files.createSymbolicLink(workspace.resolve("home"), root.resolve("home"));

        assertThat(Containment.readableFile(workspace, "app/notes.txt")).isEmpty();
        assertThat(Containment.readableFile(workspace, "home/.l2mac/config.yaml"))
                .isEmpty();
    }

    @Test
    void refuses_reserved_folders_also_through_links() throws Exception {
        Files.createDirectories(workspace.resolve(".l2mac/runs"));
        Files.writeString(workspace.resolve(".l2mac/runs/events.jsonl"), "{}\n");
        Files.createDirectories(workspace.resolve(".git"));
        Files.writeString(workspace.resolve(".git/config"), "[core]\n");
        Files.createSymbolicLink(workspace.resolve("records"), workspace.resolve(".l2mac"));

        assertThat(Containment.readableFile(workspace, ".l2mac/runs/events.jsonl"))
                .isEmpty();
        assertThat(Containment.readableFile(workspace, ".git/config")).isEmpty();
        assertThat(Containment.readableFile(workspace, "records/runs/events.jsonl"))
                .isEmpty();
    }

    @Test
    void refuses_folders_missing_files_and_control_characters() {
        assertThat(Containment.readableFile(workspace, "app")).isEmpty();
        assertThat(Containment.readableFile(workspace, "app/missing.py")).isEmpty();
        assertThat(Containment.readableFile(workspace, "app/main.py\0")).isEmpty();
        assertThat(Containment.readableFile(workspace, "")).isEmpty();
    }
}
