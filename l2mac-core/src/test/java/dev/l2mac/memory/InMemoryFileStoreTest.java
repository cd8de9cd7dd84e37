package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.testing.StoreContents;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryFileStoreTest extends FileStoreContract {

    @Override
    FileStore newStore() {
        return new InMemoryFileStore(MAX_FILE_BYTES);
    }

    @Test
    void has_no_root_on_disk() {
        assertThat(newStore().root()).isEmpty();
    }

    @Test
    void handles_a_thousand_files_quickly() throws MemoryException {
        FileStore store = newStore();
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            store.write("pkg" + (i % 10) + "/module" + i + ".py", "def f" + i + "():\n    return " + i + "\n");
        }
        for (int i = 0; i < 100; i++) {
            assertThat(store.list()).hasSize(1_000);
            assertThat(StoreContents.of(store)).hasSize(1_000);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
