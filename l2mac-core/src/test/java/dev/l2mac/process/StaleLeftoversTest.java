package dev.l2mac.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary directories of an l2mac process that died without cleaning up are removed; those of a live process,
 * names that are not ours and links are kept.
 */
class StaleLeftoversTest {

    private static final LongPredicate ALIVE = StaleLeftovers::alive;

    @TempDir
    Path temporary;

    @TempDir
    Path elsewhere;

    @Test
    void reads_the_owner_from_our_names_only() {
        assertThat(StaleLeftovers.folderOwner("l2mac-home-123-4567")).isEqualTo(OptionalLong.of(123));
        assertThat(StaleLeftovers.folderOwner("l2mac-node-test-12-34")).isEqualTo(OptionalLong.of(12));
        assertThat(StaleLeftovers.folderOwner("l2mac-home-4567")).isEmpty();
        assertThat(StaleLeftovers.folderOwner("l2mac-Home-1-2")).isEmpty();
        assertThat(StaleLeftovers.folderOwner("other-home-1-2")).isEmpty();
    }

    @Test
    void removes_only_the_leftovers_of_dead_owners() throws Exception {
        long dead = Processes.deadPid();
        long own = ProcessHandle.current().pid();
        Path deadHome = Files.createDirectory(temporary.resolve("l2mac-home-" + dead + "-11"));
        Files.writeString(Files.createDirectory(deadHome.resolve("sub")).resolve("file"), "x");
        Path deadWorker = Files.createDirectory(temporary.resolve("l2mac-worker-" + dead + "-12"));
        Path liveHome = Files.createDirectory(temporary.resolve("l2mac-home-" + own + "-13"));
        Path oldFormat = Files.createDirectory(temporary.resolve("l2mac-home-" + dead));
        Path notOurs = Files.createDirectory(temporary.resolve("l2mac-notes"));
        Path target = Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        Path link = Files.createSymbolicLink(temporary.resolve("l2mac-home-" + dead + "-14"), elsewhere);

        int removed = new StaleLeftovers(temporary, ALIVE).remove();

        assertThat(removed).isEqualTo(2);
        assertThat(deadHome).doesNotExist();
        assertThat(deadWorker).doesNotExist();
        assertThat(liveHome).isDirectory();
        assertThat(oldFormat).isDirectory();
        assertThat(notOurs).isDirectory();
        assertThat(link).isSymbolicLink();
        assertThat(target).hasContent("keep");
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
