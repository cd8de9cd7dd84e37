package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.testing.StoreContents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskFileStoreTest extends FileStoreContract {

    @TempDir
    Path temp;

    Path root;
    Path outside;

    @BeforeEach
    void directories() throws IOException {
        root = Files.createDirectories(temp.resolve("workspace"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
    }

    @Override
    FileStore newStore() {
        return new DiskFileStore(root, MAX_FILE_BYTES);
    }

    @Test
    void writes_real_files_under_the_root() throws Exception {
        newStore().write("app/main.py", "print(1)\n");
        assertThat(Files.readString(root.resolve("app/main.py"))).isEqualTo("print(1)\n");
        assertThat(newStore().root()).contains(root);
    }

    @Test
    void creates_a_missing_root() {
        Path fresh = temp.resolve("new/nested/ws");
        new DiskFileStore(fresh, MAX_FILE_BYTES);
        assertThat(fresh).isDirectory();
    }

    @Test
    void leaves_no_temporary_files_behind() throws Exception {
        FileStore store = newStore();
        store.write("a/b.py", "one");
        store.write("a/b.py", "two");
        try (Stream<Path> files = Files.list(root.resolve("a"))) {
            assertThat(files).containsExactly(root.resolve("a/b.py"));
        }
    }

    @Test
    void delete_removes_empty_parent_directories_but_not_the_root() throws Exception {
        FileStore store = newStore();
        store.write("a/b/c/d.py", "x");
        store.write("a/keep.py", "x");
        store.delete("a/b/c/d.py");
        assertThat(root.resolve("a/b")).doesNotExist();
        assertThat(root.resolve("a/keep.py")).exists();
        store.delete("a/keep.py");
        assertThat(root.resolve("a")).doesNotExist();
        assertThat(root).isDirectory();
    }

    @Test
    void refuses_reading_through_a_symlink_that_escapes() throws Exception {
        Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dir"), outside);
        FileStore store = newStore();
        assertThatThrownBy(() -> store.read("link.txt"))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("leads outside the project root through a symbolic link");
        assertThatThrownBy(() -> store.read("dir/secret.txt"))
                .hasMessageContaining("leads outside the project root through a symbolic link");
        assertThat(store.exists("dir/secret.txt")).isFalse();
    }

    @Test
    void refuses_reaching_the_reserved_folders_through_a_symlink() throws Exception {
        Path installed = Files.createDirectories(root.resolve(".l2mac/deps/node/node_modules/is-number"));
        Files.writeString(installed.resolve("index.js"), "module.exports = () => true;\n");
        Files.createSymbolicLink(root.resolve("node_modules"), Path.of(".l2mac/deps/node/node_modules"));
        FileStore store = newStore();

        assertThatThrownBy(() -> store.write("node_modules/is-number/index.js", "owned"))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("into '.l2mac/'");
        assertThatThrownBy(() -> store.read("node_modules/is-number/index.js")).hasMessageContaining("into '.l2mac/'");
        assertThat(Files.readString(installed.resolve("index.js"))).contains("() => true");
    }

    @Test
    void refuses_writing_through_a_symlink_that_escapes() throws Exception {
        Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dir"), outside);
        FileStore store = newStore();
        assertThatThrownBy(() -> store.write("link.txt", "owned"))
                .hasMessageContaining("leads outside the project root through a symbolic link");
        assertThatThrownBy(() -> store.write("dir/new.txt", "owned"))
                .hasMessageContaining("leads outside the project root through a symbolic link");
        assertThatThrownBy(() -> store.write("dir/deeper/new.txt", "owned"))
                .hasMessageContaining("leads outside the project root through a symbolic link");
        assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("secret");
        assertThat(outside.resolve("new.txt")).doesNotExist();
        assertThat(outside.resolve("deeper")).doesNotExist();
    }

    @Test
    void writes_a_long_legal_name_and_refuses_a_name_the_file_system_cannot_take_saying_so() throws Exception {
        FileStore store = newStore();
        String longest = "m".repeat(NameLimit.probe(root.resolve("probe")) - ".py".length()) + ".py";

        store.write("pkg/" + longest, "x = 1\n");

        assertThat(store.read("pkg/" + longest)).isEqualTo("x = 1\n");
        String tooLong = "n".repeat(300) + ".py";
        assertThatThrownBy(() -> store.write("pkg/" + tooLong, "x = 1\n"))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("303 bytes long, more than the")
                .hasMessageContaining("use a shorter name")
                .hasMessageNotContaining("free space");
    }

    @Test
    void deletes_a_symbolic_link_itself_and_never_what_it_points_to() throws Exception {
        Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.createDirectories(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("sub/ghost"), outside.resolve("nothing-there"));
        Files.createSymbolicLink(root.resolve("node_modules"), Path.of(".l2mac/deps/node/node_modules"));
        FileStore store = newStore();

        assertThat(store.delete("link.txt")).isTrue();
        assertThat(store.delete("sub/ghost")).isTrue();

        assertThat(root.resolve("link.txt")).doesNotExist();
        assertThat(Files.exists(root.resolve("sub/ghost"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isFalse();
        assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("secret");
        assertThatThrownBy(() -> store.delete("node_modules")).isInstanceOf(MemoryException.class);
        assertThat(Files.isSymbolicLink(root.resolve("node_modules"))).isTrue();
    }

    @Test
    void refuses_a_dangling_symlink_instead_of_writing_through_it() throws Exception {
        Files.createSymbolicLink(root.resolve("ghost.txt"), outside.resolve("not-yet.txt"));
        assertThatThrownBy(() -> newStore().write("ghost.txt", "x"))
                .hasMessageContaining("symbolic link ('ghost.txt') that points to nothing");
        assertThat(outside.resolve("not-yet.txt")).doesNotExist();
    }

    @Test
    void follows_symlinks_that_stay_inside_the_root() throws Exception {
        FileStore store = newStore();
        store.write("real/data.txt", "v1");
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
        assertThat(store.read("alias/data.txt")).isEqualTo("v1");
        store.write("alias/data.txt", "v2");
        assertThat(Files.readString(root.resolve("real/data.txt"))).isEqualTo("v2");
        assertThat(Files.isSymbolicLink(root.resolve("alias"))).isTrue();
    }

    @Test
    void refuses_to_read_binary_files() throws Exception {
        Files.write(root.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Files.write(root.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        FileStore store = newStore();
        assertThatThrownBy(() -> store.read("image.png"))
                .hasMessage("File 'image.png' is binary (not UTF-8 text), so it cannot be shown; the tools work with"
                        + " text files only. Leave it as it is, or delete it if it is not needed.");
        assertThatThrownBy(() -> store.read("latin1.txt")).hasMessageContaining("is binary");
        assertThat(store.list()).contains("image.png");
        assertThat(StoreContents.of(store)).doesNotContainKey("image.png");
    }

    @Test
    void list_skips_reserved_folders_caches_and_links_that_leave_the_root() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/config"), "x");
        Files.createDirectories(root.resolve(".l2mac/runs"));
        Files.writeString(root.resolve(".l2mac/runs/events.jsonl"), "x");
        Files.createDirectories(root.resolve("app/__pycache__"));
        Files.writeString(root.resolve("app/__pycache__/main.cpython-312.pyc"), "x");
        Files.createDirectories(root.resolve(".pytest_cache"));
        Files.writeString(root.resolve(".pytest_cache/README.md"), "x");
        Files.writeString(root.resolve("app/main.py"), "x");
        Files.writeString(root.resolve(".gitignore"), "x");
        Files.createSymbolicLink(root.resolve("out"), outside);
        Files.createSymbolicLink(root.resolve("secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("loop"), root);
        assertThat(newStore().list()).containsExactly(".gitignore", "app/main.py");
    }

    @Test
    void list_skips_a_nested_repository_at_any_depth_in_any_case() throws Exception {
        for (String git : new String[] {"sub/.git", "a/b/.GIT", "c/.Git"}) {
            Files.createDirectories(root.resolve(git + "/hooks"));
            Files.writeString(root.resolve(git + "/config"), "[core]\n\tfsmonitor = sh evil.sh\n");
            Files.writeString(root.resolve(git + "/hooks/pre-commit"), "x");
        }
        Files.writeString(root.resolve("sub/main.py"), "x");
        assertThat(newStore().list()).containsExactly("sub/main.py");
    }

    @Test
    void refuses_reaching_a_nested_git_through_a_symlink() throws Exception {
        Files.createDirectories(root.resolve("sub/.git"));
        Files.writeString(root.resolve("sub/.git/config"), "[core]\n");
        Files.createSymbolicLink(root.resolve("settings"), Path.of("sub/.git"));

        assertThatThrownBy(() -> newStore().write("settings/config", "[core]\n\tfsmonitor = sh evil.sh\n"))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("into '.git/'");
        assertThat(root.resolve("sub/.git/config")).hasContent("[core]\n");
    }

    @Test
    void lists_a_symlinked_file_that_stays_inside() throws Exception {
        Files.writeString(root.resolve("real.py"), "x");
        Files.createSymbolicLink(root.resolve("alias.py"), root.resolve("real.py"));
        assertThat(newStore().list()).containsExactly("alias.py", "real.py");
    }

    @Test
    void sees_files_written_by_others() throws Exception {
        FileStore store = newStore();
        Files.writeString(root.resolve("external.py"), "y");
        assertThat(store.list()).containsExactly("external.py");
        assertThat(store.read("external.py")).isEqualTo("y");
    }

    @Test
    void refuses_to_read_whole_a_file_over_its_cap_but_summarises_it_and_reads_its_lines() throws Exception {
        DiskFileStore small = new DiskFileStore(root, 10);
        java.nio.file.Files.writeString(root.resolve("big.log"), "one\ntwo\nthree\nfour\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.read("big.log"))
                .isInstanceOfSatisfying(FileTooLargeException.class, large -> {
                    assertThat(large.bytes()).isEqualTo(19);
                    assertThat(large.maxBytes()).isEqualTo(10);
                })
                .hasMessage("File 'big.log' is 19 bytes, more than the 10 bytes a file may have to be read whole;"
                        + " view it in parts, such as 'big.log:1-400'.");
        assertThat(small.summary("big.log")).isEqualTo(new FileSummary(19, true, 4));
        LineExcerpt lines = small.lines("big.log", 2, 3, 1_000, 0);
        assertThat(lines.lines()).containsExactly("two", "three");
        assertThat(lines.totalLines()).isEmpty();
        assertThat(small.lines("big.log", 3, 9, 1_000, 0).totalLines()).contains(4L);
    }

    @Test
    void reads_lines_within_a_budget_and_refuses_binary_content() throws Exception {
        DiskFileStore small = new DiskFileStore(root, 10);
        java.nio.file.Files.writeString(root.resolve("a.txt"), "aaaa\nbbbb\ncccc\n");
        java.nio.file.Files.write(root.resolve("b.bin"), new byte[] {'x', '\n', (byte) 0xff, '\n'});

        assertThat(small.lines("a.txt", 1, 3, 10, 0).lines())
                .as("two lines and their breaks fill 10")
                .containsExactly("aaaa", "bbbb");
        LineExcerpt start = small.lines("a.txt", 1, 3, 3, 0);
        assertThat(start.lines()).as("its start and a break fill 3").containsExactly("aa");
        assertThat(start.cut()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.lines("b.bin", 1, 2, 100, 0))
                .hasMessageContaining("is binary");
    }
}
