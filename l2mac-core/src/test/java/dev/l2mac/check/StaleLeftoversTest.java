package dev.l2mac.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Temporary directories and pids cgroups of an l2mac process that died without cleaning up are removed; those of
 * a live process, names that are not ours and links are kept. A folder stands in for the cgroup root.
 */
class StaleLeftoversTest {

    private static final LongPredicate ALIVE = pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);

    @TempDir
    Path temporary;

    @TempDir
    Path cgroups;

    @TempDir
    Path elsewhere;

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    @Test
    void reads_the_owner_from_our_names_only() {
        String uuid = "01234567-89ab-cdef-0123-456789abcdef";

        assertThat(StaleLeftovers.folderOwner("l2mac-home-123-4567")).isEqualTo(OptionalLong.of(123));
        assertThat(StaleLeftovers.folderOwner("l2mac-node-test-12-34")).isEqualTo(OptionalLong.of(12));
        assertThat(StaleLeftovers.folderOwner("l2mac-home-4567")).isEmpty();
        assertThat(StaleLeftovers.folderOwner("l2mac-Home-1-2")).isEmpty();
        assertThat(StaleLeftovers.folderOwner("other-home-1-2")).isEmpty();
        assertThat(StaleLeftovers.cgroupOwner("l2mac-42-" + uuid)).isEqualTo(OptionalLong.of(42));
        assertThat(StaleLeftovers.cgroupOwner("l2mac-" + uuid)).isEmpty();
        assertThat(StaleLeftovers.cgroupOwner("l2mac-01234567-" + uuid.substring(9))).isEmpty();
    }

    @Test
    void removes_only_the_leftovers_of_dead_owners() throws Exception {
        long dead = deadPid();
        long own = ProcessHandle.current().pid();
        Path deadHome = Files.createDirectory(temporary.resolve("l2mac-home-" + dead + "-11"));
        Files.writeString(Files.createDirectory(deadHome.resolve("sub")).resolve("file"), "x");
        Path deadWorker = Files.createDirectory(temporary.resolve("l2mac-worker-" + dead + "-12"));
        Path liveHome = Files.createDirectory(temporary.resolve("l2mac-home-" + own + "-13"));
        Path oldFormat = Files.createDirectory(temporary.resolve("l2mac-home-" + dead));
        Path notOurs = Files.createDirectory(temporary.resolve("l2mac-notes"));
        Path target = Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        Path link = Files.createSymbolicLink(temporary.resolve("l2mac-home-" + dead + "-14"), elsewhere);
        Path deadGroup = Files.createDirectory(cgroups.resolve("l2mac-" + dead + "-" + UUID.randomUUID()));
        Path liveGroup = Files.createDirectory(cgroups.resolve("l2mac-" + own + "-" + UUID.randomUUID()));
        Path oldGroup = Files.createDirectory(cgroups.resolve("l2mac-" + UUID.randomUUID()));

        int removed = new StaleLeftovers(temporary, List.of(cgroups), ALIVE).remove();

        assertThat(removed).isEqualTo(3);
        assertThat(deadHome).doesNotExist();
        assertThat(deadWorker).doesNotExist();
        assertThat(deadGroup).doesNotExist();
        assertThat(liveHome).isDirectory();
        assertThat(oldFormat).isDirectory();
        assertThat(notOurs).isDirectory();
        assertThat(link).isSymbolicLink();
        assertThat(target).hasContent("keep");
        assertThat(liveGroup).isDirectory();
        assertThat(oldGroup).isDirectory();
    }

    /**
     * Where this process may create pids cgroups, a real stale group with a live member; elsewhere an empty folder
     * under the stand-in root (a plain folder cannot hold a member).
     */
    @Test
    void a_stale_cgroup_loses_its_processes_and_is_removed() throws Exception {
        Optional<Path> real = PidsCgroup.detect();
        Path parent = real.orElse(cgroups);
        Path group = Files.createDirectory(parent.resolve("l2mac-" + deadPid() + "-" + UUID.randomUUID()));
        Optional<Process> member = Optional.empty();
        try {
            if (real.isPresent()) {
                member = Optional.of(new ProcessBuilder("sleep", Processes.uniqueSleepSeconds()).start());
                Files.writeString(group.resolve("cgroup.procs"), Long.toString(member.get().pid()));
            }

            new StaleLeftovers(temporary, List.of(parent), ALIVE).remove();

            assertThat(group).doesNotExist();
            if (member.isPresent()) {
                assertThat(member.get().waitFor(Processes.KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            }
        } finally {
            member.ifPresent(Process::destroyForcibly);
            if (Files.exists(group)) {
                new PidsCgroup.Group(group).remove();
            }
        }
    }

    @Test
    void new_temporary_directories_carry_this_process_as_owner() throws Exception {
        Path created = Directories.createTemporary("node-test");
        try {
            assertThat(StaleLeftovers.folderOwner(created.getFileName().toString()))
                    .isEqualTo(OptionalLong.of(ProcessHandle.current().pid()));
        } finally {
            Directories.deleteTree(created);
        }
    }
}
