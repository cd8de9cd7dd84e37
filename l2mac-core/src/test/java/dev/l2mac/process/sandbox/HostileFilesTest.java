package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile programs that reach for the network, files outside the workspace, keys and the workspace's history. */
class HostileFilesTest {

    @TempDir(factory = OutsideTmp.class)
    Path workspace;

    @TempDir(factory = OutsideTmp.class)
    Path home;

    @TempDir(factory = OutsideTmp.class)
    Path outside;

    private HostileRun hostile;

    @BeforeEach
    void sandbox() throws Exception {
        hostile = new HostileRun(Sandboxing.requireBubblewrap(), HostileRun.TIGHT, workspace, home);
    }

    @Test
    void cannot_open_a_network_connection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ProcessResult result = hostile.run("""
                    import socket, sys
                    for host, port in [("127.0.0.1", int(sys.argv[1])), ("1.1.1.1", 80), ("example.com", 443)]:
                        try:
                            socket.create_connection((host, port), timeout=2).close()
                            print("connected", host)
                        except OSError as e:
                            print("blocked", host, e)
                    """, String.valueOf(server.getLocalPort()));

            assertThat(result.output())
                    .doesNotContain("connected")
                    .contains("blocked 127.0.0.1")
                    .contains("blocked 1.1.1.1")
                    .contains("blocked example.com");
            server.setSoTimeout(100);
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
        hostile.assertRunGoesOn();
    }

    @Test
    void cannot_write_outside_the_workspace() throws Exception {
        String tmpName = "l2mac-escaped-" + System.nanoTime();
        Path parentFile = workspace.getParent().resolve(tmpName);

        ProcessResult result = hostile.run(
                """
                import sys
                for target in sys.argv[1:]:
                    try:
                        with open(target, "w") as f:
                            f.write("escaped")
                        print("wrote", target)
                    except OSError as e:
                        print("blocked", target, e)
                """,
                outside.resolve("escaped.txt").toString(),
                home.resolve("dropped.txt").toString(),
                "/usr/" + tmpName,
                "/tmp/" + tmpName,
                parentFile.toString(),
                "../" + tmpName + "-relative");

        assertThat(((ProcessResult.Exited) result).exitCode()).isZero();
        assertThat(outside.resolve("escaped.txt")).doesNotExist();
        assertThat(home.resolve("dropped.txt")).doesNotExist();
        assertThat(Path.of("/usr", tmpName)).doesNotExist();
        assertThat(Path.of("/tmp", tmpName)).doesNotExist();
        assertThat(parentFile).doesNotExist();
        assertThat(workspace.getParent().resolve(tmpName + "-relative")).doesNotExist();
        hostile.assertRunGoesOn();
    }

    @Test
    void cannot_read_the_l2mac_config_or_anything_else_in_the_home() throws Exception {
        ProcessResult result = hostile.run("""
                import os, sys
                home = sys.argv[1]
                for path in [home + "/.l2mac/config.yaml", os.path.expanduser("~/.l2mac/config.yaml")]:
                    try:
                        print("read", open(path).read())
                    except OSError as e:
                        print("blocked", e)
                for root, dirs, files in os.walk(home):
                    for name in files:
                        try:
                            print("found", os.path.join(root, name), open(os.path.join(root, name)).read())
                        except OSError as e:
                            print("blocked", e)
                """, home.toString());

        assertThat(result.output()).doesNotContain(HostileRun.SECRET).contains("blocked");
        hostile.assertRunGoesOn();
    }

    @Test
    void sees_tools_on_the_path_in_the_home_but_not_credentials_beside_them() throws Exception {
        ProcessResult result = hostile.run("""
                import sys
                home = sys.argv[1]
                print("tool:", open(home + "/.cargo/bin/tool.txt").read())
                print("credentials:", open(home + "/.cargo/credentials.toml").read())
                """, home.toString());

        assertThat(result.output()).contains("tool: " + HostileRun.TOOL_TEXT).doesNotContain(HostileRun.SECRET);
        hostile.assertRunGoesOn();
    }

    @Test
    void cannot_unmount_what_hides_the_home() throws Exception {
        ProcessResult result = hostile.run("""
                import subprocess, sys
                home = sys.argv[1]
                for command in (["umount", "-l", home], ["mount", "-o", "remount,rw", "/"],
                                ["mount", "--bind", "/", "/mnt"]):
                    print(command, subprocess.run(command, capture_output=True, text=True).returncode)
                try:
                    print(open(home + "/.l2mac/config.yaml").read())
                except OSError as e:
                    print("blocked", e)
                """, home.toString());

        assertThat(result.output()).doesNotContain(HostileRun.SECRET).contains("blocked");
        hostile.assertRunGoesOn();
    }

    @Test
    void cannot_delete_or_rewrite_the_workspace_git_history() throws Exception {
        Files.createDirectories(workspace.resolve(".git/refs"));
        Files.writeString(workspace.resolve(".git/HEAD"), "ref: refs/heads/main\n");

        ProcessResult result = hostile.run("""
                import shutil
                shutil.rmtree(".git", ignore_errors=True)
                try:
                    open(".git/HEAD", "w").write("hijacked")
                except OSError as e:
                    print("blocked", e)
                """);

        assertThat(result.output()).contains("blocked");
        assertThat(workspace.resolve(".git/HEAD")).hasContent("ref: refs/heads/main\n");
        assertThat(workspace.resolve(".git/refs")).isDirectory();
        hostile.assertRunGoesOn();
    }

    @Test
    void cannot_write_a_file_past_the_file_size_limit() throws Exception {
        ProcessResult result = hostile.run("""
                chunk = b"x" * (1 << 20)
                try:
                    with open("huge.bin", "wb") as f:
                        for _ in range(1024):
                            f.write(chunk)
                    print("wrote a gigabyte")
                except OSError as e:
                    print("blocked", e)
                """);

        assertThat(result.output()).contains("blocked").doesNotContain("wrote a gigabyte");
        assertThat(Files.size(workspace.resolve("huge.bin"))).isLessThanOrEqualTo(HostileRun.TIGHT.maxFileBytes());
        hostile.assertRunGoesOn();
    }

    @Test
    void cannot_see_the_hosts_processes() throws Exception {
        ProcessResult result = hostile.run("""
                import os
                pids = [p for p in os.listdir("/proc") if p.isdigit()]
                commands = []
                for pid in pids:
                    try:
                        commands.append(open("/proc/%s/cmdline" % pid, "rb").read().replace(b"\\0", b" ").decode())
                    except OSError:
                        pass
                print("visible", len(pids))
                print("commands", commands)
                """);

        assertThat(result.output()).doesNotContain("java").doesNotContain("surefire");
        assertThat(result.output()).containsPattern("visible [1-4]\\n");
        hostile.assertRunGoesOn();
    }
}
