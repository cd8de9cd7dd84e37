package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.Processes;
import dev.l2mac.process.StaleLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pids cgroups of an l2mac process that died without removing them are removed; those of a live process and names
 * that are not ours are kept. A folder stands in for the cgroup root.
 */
class StaleCgroupsTest {

    private static final LongPredicate ALIVE = StaleLeftovers::alive;

    @TempDir
    Path cgroups;

    @Test
    void reads_the_owner_from_our_names_only() {
        String uuid = "01234567-89ab-cdef-0123-456789abcdef";

        assertThat(StaleCgroups.owner("l2mac-42-" + uuid)).isEqualTo(OptionalLong.of(42));
        assertThat(StaleCgroups.owner("l2mac-" + uuid)).isEmpty();
        assertThat(StaleCgroups.owner("l2mac-01234567-" + uuid.substring(9))).isEmpty();
    }

    @Test
    void removes_only_the_groups_of_dead_owners() throws Exception {
        long dead = Processes.deadPid();
        long own = ProcessHandle.current().pid();
        Path deadGroup = Files.createDirectory(cgroups.resolve("l2mac-" + dead + "-" + UUID.randomUUID()));
        Path liveGroup = Files.createDirectory(cgroups.resolve("l2mac-" + own + "-" + UUID.randomUUID()));
        Path oldGroup = Files.createDirectory(cgroups.resolve("l2mac-" + UUID.randomUUID()));

        int removed = new StaleCgroups(List.of(cgroups), ALIVE).remove();

        assertThat(removed).isEqualTo(1);
        assertThat(deadGroup).doesNotExist();
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
        Path group = Files.createDirectory(parent.resolve("l2mac-" + Processes.deadPid() + "-" + UUID.randomUUID()));
        Optional<Process> member = Optional.empty();
        try {
            if (real.isPresent()) {
                member = Optional.of(new ProcessBuilder("sleep", Processes.uniqueSleepSeconds()).start());
                Files.writeString(
                        group.resolve("cgroup.procs"),
                        Long.toString(member.get().pid()));
            }

            new StaleCgroups(List.of(parent), ALIVE).remove();

            assertThat(group).doesNotExist();
            if (member.isPresent()) {
                assertThat(member.get().waitFor(Processes.KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS))
                        .isTrue();
            }
        } finally {
            member.ifPresent(Process::destroyForcibly);
            if (Files.exists(group)) {
                new PidsCgroup.Group(group).remove();
            }
        }
    }
}
