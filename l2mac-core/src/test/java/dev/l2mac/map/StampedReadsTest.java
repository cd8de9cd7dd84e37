package dev.l2mac.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.testing.ForwardingFileStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose store stamp has not changed is not read again when the map is drawn again. */
class StampedReadsTest {

    private static final TokenCounter COUNTER = TokenCounter.forModel("gpt-4");
    private static final int BUDGET = 700;
    private static final int FILES = 121;

    @TempDir
    Path root;

    @Test
    void an_in_memory_store_has_only_the_written_file_read_again() throws Exception {
        InMemoryFileStore memory = new InMemoryFileStore(1_000_000);
        SyntheticSources.writeTo(memory, SyntheticSources.python(8, 15));
        CountingReads store = new CountingReads(memory);
        CodebaseMap map = new CodebaseMap(store, COUNTER);

        map.render(MapFocus.NONE, BUDGET);
        assertThat(store.reads.getAndSet(0)).isEqualTo(FILES);

        map.render(MapFocus.NONE, BUDGET);
        assertThat(store.reads.getAndSet(0)).isZero();

        memory.write("pkg3/mod4.py", memory.read("pkg3/mod4.py") + "\ndef brand_new_function():\n    pass\n");
        String shown = map.render(new MapFocus("Call brand_new_function.", "", java.util.Set.of()), BUDGET);
        assertThat(store.reads.get()).isEqualTo(1);
        assertThat(shown).contains("def brand_new_function():");
    }

    @Test
    void on_disk_a_file_changed_by_any_process_is_read_again_and_a_settled_one_is_not() throws Exception {
        SyntheticSources.writeTo(root, SyntheticSources.python(8, 15));
        settle(root);
        CountingReads store = new CountingReads(new DiskFileStore(root, 1_000_000));
        CodebaseMap map = new CodebaseMap(store, COUNTER);

        map.render(MapFocus.NONE, BUDGET);
        assertThat(store.reads.getAndSet(0)).isEqualTo(FILES);
        map.render(MapFocus.NONE, BUDGET);
        assertThat(store.reads.getAndSet(0)).isZero();

        // a command the model ran changes a file behind the store's back
        Path changed = root.resolve("pkg2/mod5.py");
        Files.writeString(changed, Files.readString(changed) + "\ndef added_by_a_command():\n    pass\n");
        String shown = map.render(new MapFocus("Call added_by_a_command.", "", java.util.Set.of()), BUDGET);

        assertThat(store.reads.get()).isEqualTo(1);
        assertThat(shown).contains("def added_by_a_command():");
        assertThat(map.filesParsed()).isEqualTo(FILES + 1);
    }

    @Test
    void a_file_changed_a_moment_ago_has_no_stamp_so_it_is_always_read() throws Exception {
        DiskFileStore store = new DiskFileStore(root, 1_000_000);
        store.write("fresh.py", "x = 1\n");
        Files.writeString(root.resolve("old.py"), "y = 2\n");
        Files.setLastModifiedTime(
                root.resolve("old.py"), FileTime.from(Instant.now().minusSeconds(3_600)));

        assertThat(store.stamp("fresh.py")).isEmpty();
        assertThat(store.stamp("missing.py")).isEmpty();
        Optional<String> old = store.stamp("old.py");
        assertThat(old).isPresent();
        Files.writeString(root.resolve("old.py"), "y = 22\n");
        assertThat(store.stamp("old.py")).isNotEqualTo(old);
    }

    private static void settle(Path folder) throws IOException {
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3_600));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
    }

    /** A store that counts the files read whole through it. */
    private static final class CountingReads extends ForwardingFileStore {
        final AtomicInteger reads = new AtomicInteger();

        CountingReads(FileStore store) {
            super(store);
        }

        @Override
        public String read(String path) throws MemoryException {
            reads.incrementAndGet();
            return super.read(path);
        }
    }
}
