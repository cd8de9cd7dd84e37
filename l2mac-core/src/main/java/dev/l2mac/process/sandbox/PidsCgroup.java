package dev.l2mac.process.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code pids} cgroup per sandboxed command, which bounds its process count where {@code RLIMIT_NPROC} cannot:
 * the kernel never applies that limit to root. Works with cgroup v1 and v2 wherever this process may create a
 * child of its own cgroup.
 */
final class PidsCgroup {

    static final Path CGROUP_ROOT = Path.of("/sys/fs/cgroup");
    private static final Path OWN_CGROUPS = Path.of("/proc/self/cgroup");
    static final String PREFIX = "l2mac-";
    /** How long a finished command's processes may take to leave the group before it is removed. */
    private static final Duration REMOVAL_GRACE = Duration.ofSeconds(3);

    private static final Duration REMOVAL_POLL = Duration.ofMillis(20);
    /** Exit code of the joining shell when it could not join: the command never ran. */
    static final int JOIN_FAILED_EXIT = 125;

    private static final String JOIN_SCRIPT = "echo $$ > \"$0\" || { echo 'sandbox: could not join the process-count"
            + " cgroup '\"$0\"'; the command was not run' >&2; exit " + JOIN_FAILED_EXIT + "; }; exec \"$@\"";

    private final Path parent;

    PidsCgroup(Path parent) {
        this.parent = parent;
    }

    /** The directory under which this process may create pids cgroups, when it may; tried out once. */
    static Optional<Path> detect() {
        List<String> lines;
        try {
            lines = Files.readAllLines(OWN_CGROUPS, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        for (Path candidate : candidates(lines)) {
            if (works(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** v1 hierarchies with the pids controller first, then the v2 group when pids is delegated to children. */
    static List<Path> candidates(List<String> ownCgroups) {
        List<Path> candidates = new ArrayList<>();
        for (String line : ownCgroups) {
            String[] fields = line.split(":", 3);
            if (fields.length != 3) {
                continue;
            }
            String relative = fields[2].startsWith("/") ? fields[2].substring(1) : fields[2];
            if (List.of(fields[1].split(",")).contains("pids")) {
                candidates.add(CGROUP_ROOT.resolve("pids").resolve(relative));
            } else if (fields[0].equals("0") && fields[1].isEmpty()) {
                Path unified = CGROUP_ROOT.resolve(relative);
                if (delegatesPids(unified)) {
                    candidates.add(unified);
                }
            }
        }
        return candidates;
    }

    private static boolean delegatesPids(Path group) {
        try {
            return List.of(Files.readString(group.resolve("cgroup.subtree_control"))
                            .strip()
                            .split("\\s+"))
                    .contains("pids");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean works(Path candidate) {
        try {
            Group trial = new PidsCgroup(candidate).create(1);
            trial.remove();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Where this process's pids cgroups would lie, whether or not it may create them; none off Linux. */
    static List<Path> parents() {
        try {
            return candidates(Files.readAllLines(OWN_CGROUPS, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * A new, empty group allowing at most {@code maxProcesses} processes, named {@code l2mac-<pid>-<uuid>} after
     * this JVM so that {@link StaleCgroups} can remove it should the JVM be killed before it does.
     */
    Group create(int maxProcesses) throws IOException {
        Path directory = parent.resolve(PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        Files.createDirectory(directory);
        try {
            Files.writeString(directory.resolve("pids.max"), Integer.toString(maxProcesses));
        } catch (IOException e) {
            Files.deleteIfExists(directory);
            throw e;
        }
        return new Group(directory);
    }

    /** One command's group. */
    record Group(Path directory) {

        /** The command prefixed by a shell that moves itself into the group, then becomes the command. */
        List<String> enter(List<String> command) {
            List<String> entered = new ArrayList<>(List.of(
                    "/bin/sh",
                    "-c",
                    JOIN_SCRIPT,
                    directory.resolve("cgroup.procs").toString()));
            entered.addAll(command);
            return entered;
        }

        /** Kills whatever is still in the group and removes it; a group that stays busy is left behind. */
        void remove() {
            long deadline = System.nanoTime() + REMOVAL_GRACE.toNanos();
            while (true) {
                killMembers();
                try {
                    Files.deleteIfExists(directory);
                    return;
                } catch (IOException e) {
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                }
                try {
                    Thread.sleep(REMOVAL_POLL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void killMembers() {
            try {
                for (String pid : Files.readAllLines(directory.resolve("cgroup.procs"))) {
                    if (!pid.isBlank()) {
                        ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(ProcessHandle::destroyForcibly);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // The group is gone or unreadable; removing it below says which.
            }
        }
    }
}
