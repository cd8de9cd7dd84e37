package dev.l2mac.process.sandbox;

import dev.l2mac.process.Confinement;
import dev.l2mac.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wraps a command in bubblewrap and {@code prlimit}: new user, process, IPC and host-name namespaces, a network
 * namespace of its own unless the network is {@link Network#OPEN}, no capabilities, the whole system read-only, the
 * homes hidden, a private {@code /tmp}, and only the working directory (but its {@code .git} and {@code .l2mac}),
 * the fresh home and the granted paths writable. The sandbox dies with the runner, and everything in it dies with
 * its first process.
 */
final class BubblewrapConfinement implements Confinement {

    /** Processes bubblewrap itself keeps inside the process-count group: itself and its init. */
    static final int BUBBLEWRAP_PROCESSES = 2;

    private static final Path VAR_TMP = Path.of("/var/tmp");
    /** The workspace's history and run logs: generated code may read them but never rewrite or delete them. */
    static final List<String> READ_ONLY_IN_DIRECTORY = List.of(".git", ".l2mac");

    private final Sandbox.Bubblewrap sandbox;
    private final SandboxLimits limits;
    private final HomeShield shield;
    private final Network network;

    BubblewrapConfinement(Sandbox.Bubblewrap sandbox, SandboxLimits limits, HomeShield shield) {
        this(sandbox, limits, shield, Network.ISOLATED);
    }

    BubblewrapConfinement(Sandbox.Bubblewrap sandbox, SandboxLimits limits, HomeShield shield, Network network) {
        this.sandbox = sandbox;
        this.limits = limits;
        this.shield = shield;
        this.network = network;
    }

    @Override
    public Confined confine(List<String> command, Path directory, Path home, ProcessRunner.Access access)
            throws IOException {
        List<String> wrapped = new ArrayList<>(bubblewrap(directory, home, access));
        wrapped.addAll(prlimit());
        wrapped.addAll(command);
        Optional<PidsCgroup.Group> group = processGroup();
        if (group.isEmpty()) {
            return new Confined(wrapped, () -> {});
        }
        return new Confined(group.get().enter(wrapped), group.get()::remove);
    }

    private Optional<PidsCgroup.Group> processGroup() throws IOException {
        return switch (sandbox.processCap()) {
            case Sandbox.ProcessCap.Cgroup cgroup -> {
                StaleCgroups.removeOnceInThisProcess();
                yield Optional.of(new PidsCgroup(cgroup.parent()).create(limits.maxProcesses() + BUBBLEWRAP_PROCESSES));
            }
            case Sandbox.ProcessCap.Rlimit rlimit -> Optional.empty();
            case Sandbox.ProcessCap.Unbounded unbounded -> Optional.empty();
        };
    }

    List<String> bubblewrap(Path directory, Path home, ProcessRunner.Access access) {
        List<String> arguments = new ArrayList<>(List.of(
                sandbox.bwrap().toString(), "--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts"));
        arguments.addAll(
                switch (network) {
                    case ISOLATED -> List.of("--unshare-net");
                    case OPEN -> List.<String>of();
                });
        arguments.addAll(List.of(
                // As root, bubblewrap would otherwise keep every capability, enough to unmount what hides the home.
                "--cap-drop",
                "ALL",
                "--die-with-parent",
                "--new-session",
                "--ro-bind",
                "/",
                "/",
                "--dev",
                "/dev",
                "--proc",
                "/proc",
                "--tmpfs",
                "/tmp"));
        if (Files.isDirectory(VAR_TMP)) {
            arguments.addAll(List.of("--tmpfs", VAR_TMP.toString()));
        }
        arguments.addAll(shield.arguments());
        for (Path readable : access.readable()) {
            bind("--ro-bind", readable, arguments);
        }
        bind("--bind", directory, arguments);
        for (String kept : READ_ONLY_IN_DIRECTORY) {
            Path inside = directory.resolve(kept);
            // A symbolic link is left alone: binding would follow it to wherever it points.
            if (Files.isDirectory(inside, LinkOption.NOFOLLOW_LINKS)
                    || Files.isRegularFile(inside, LinkOption.NOFOLLOW_LINKS)) {
                bind("--ro-bind", inside, arguments);
            }
        }
        bind("--bind", home, arguments);
        for (Path writable : access.writable()) {
            bind("--bind", writable, arguments);
        }
        arguments.addAll(shield.settingFileArguments());
        arguments.addAll(List.of("--chdir", directory.toAbsolutePath().toString(), "--"));
        return arguments;
    }

    List<String> prlimit() {
        return List.of(
                sandbox.prlimit().toString(),
                "--as=" + limits.maxAddressSpaceBytes(),
                "--nproc=" + limits.maxProcesses(),
                "--fsize=" + limits.maxFileBytes(),
                "--cpu=" + limits.maxCpuTime().toSeconds(),
                // A crashing program must not fill the workspace with a core file.
                "--core=0",
                "--");
    }

    private static void bind(String option, Path path, List<String> arguments) {
        String absolute = path.toAbsolutePath().normalize().toString();
        arguments.addAll(List.of(option, absolute, absolute));
    }
}
