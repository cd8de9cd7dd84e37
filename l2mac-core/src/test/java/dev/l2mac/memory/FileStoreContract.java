package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Behaviour every file store shares; each store's test class supplies a fresh, empty store. */
abstract class FileStoreContract {

    static final long MAX_FILE_BYTES = 1_000;

    abstract FileStore newStore();

    @Test
    void reads_back_what_was_written() throws MemoryException {
        FileStore store = newStore();
        store.write("app/main.py", "print('hi')\n");
        assertThat(store.read("app/main.py")).isEqualTo("print('hi')\n");
        assertThat(store.read("./app//main.py")).isEqualTo("print('hi')\n");
        assertThat(store.exists("app\\main.py")).isTrue();
    }

    @Test
    void replaces_whole_files() throws MemoryException {
        FileStore store = newStore();
        store.write("a.txt", "first version, longer");
        store.write("a.txt", "second");
        assertThat(store.read("a.txt")).isEqualTo("second");
    }

    @Test
    void lists_files_sorted() throws MemoryException {
        FileStore store = newStore();
        store.write("b.py", "");
        store.write("a/z.py", "");
        store.write("a/b/c.py", "");
        assertThat(store.list()).containsExactly("a/b/c.py", "a/z.py", "b.py");
    }

    @Test
    void deletes_files_and_reports_missing_ones() throws MemoryException {
        FileStore store = newStore();
        store.write("a/b.py", "x");
        assertThat(store.delete("a/b.py")).isTrue();
        assertThat(store.delete("a/b.py")).isFalse();
        assertThat(store.exists("a/b.py")).isFalse();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void refuses_to_read_a_missing_file() {
        assertThatThrownBy(() -> newStore().read("nope.py"))
                .isInstanceOf(MemoryException.class)
                .hasMessageStartingWith("File 'nope.py' does not exist;");
    }

    @Test
    void refuses_invalid_paths_for_every_operation() {
        FileStore store = newStore();
        assertThatThrownBy(() -> store.read("/etc/passwd")).hasMessageContaining("is absolute");
        assertThatThrownBy(() -> store.write("../x.py", "x")).hasMessageContaining("leads outside");
        assertThatThrownBy(() -> store.delete(".git/config")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> store.checkWrite(".l2mac/run.json", "{}")).hasMessageContaining("reserved");
        assertThat(store.exists("/etc/passwd")).isFalse();
    }

    @Test
    void refuses_a_nested_git_or_run_records_folder_for_every_operation() {
        FileStore store = newStore();
        for (String path : new String[] {"sub/.git/config", "a/b/.GIT/hooks/pre-commit", "sub/.L2mac/x"}) {
            assertThatThrownBy(() -> store.write(path, "x")).as(path).hasMessageContaining("at any depth");
            assertThatThrownBy(() -> store.read(path)).as(path).hasMessageContaining("at any depth");
            assertThatThrownBy(() -> store.delete(path)).as(path).hasMessageContaining("at any depth");
            assertThatThrownBy(() -> store.checkWrite(path, "x")).as(path).hasMessageContaining("at any depth");
            assertThat(store.exists(path)).as(path).isFalse();
        }
        assertThat(store.list()).isEmpty();
    }

    @Test
    void refuses_oversized_content_with_size_cap_and_advice() {
        FileStore store = newStore();
        String big = "x".repeat((int) MAX_FILE_BYTES + 1);
        assertThatThrownBy(() -> store.write("big.py", big))
                .isInstanceOf(MemoryException.class)
                .hasMessage("The content for 'big.py' is 1001 bytes, over the limit of 1000 bytes per file; split it"
                        + " into smaller modules and write each one separately.");
        assertThat(store.exists("big.py")).isFalse();
    }

    @Test
    void measures_size_in_utf8_bytes() throws MemoryException {
        FileStore store = newStore();
        String euros = "€".repeat((int) MAX_FILE_BYTES / 3);
        store.write("fits.txt", euros);
        assertThatThrownBy(() -> store.write("over.txt", euros + "€")).hasMessageContaining("1002 bytes");
    }

    @Test
    void refuses_binary_content() {
        FileStore store = newStore();
        assertThatThrownBy(() -> store.write("x.bin", "ab\0cd"))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("binary");
        assertThat(store.exists("x.bin")).isFalse();
    }

    @Test
    void check_write_refuses_like_write_without_writing() throws MemoryException {
        FileStore store = newStore();
        store.checkWrite("a.py", "fine");
        assertThat(store.exists("a.py")).isFalse();
        assertThatThrownBy(() -> store.checkWrite("a.py", "\0")).hasMessageContaining("binary");
    }

    @Test
    void refuses_directories_as_files() throws MemoryException {
        FileStore store = newStore();
        store.write("app/main.py", "x");
        assertThatThrownBy(() -> store.read("app")).hasMessageContaining("is a directory, not a file");
        assertThatThrownBy(() -> store.write("app", "x")).hasMessageContaining("is a directory, not a file");
        assertThatThrownBy(() -> store.delete("app")).hasMessageContaining("is a directory, not a file");
        assertThat(store.exists("app")).isFalse();
    }

    @Test
    void refuses_a_file_below_another_file() throws MemoryException {
        FileStore store = newStore();
        store.write("app.py", "x");
        assertThatThrownBy(() -> store.write("app.py/inner.py", "y"))
                .hasMessage("Cannot create 'app.py/inner.py' because 'app.py' is a file, not a directory; choose"
                        + " another path, or delete 'app.py' first.");
        assertThatThrownBy(() -> store.read("app.py/inner.py")).hasMessageContaining("does not exist");
    }

    @Test
    void accepts_empty_files() throws MemoryException {
        FileStore store = newStore();
        store.write("app/__init__.py", "");
        assertThat(store.read("app/__init__.py")).isEmpty();
    }
}
