package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFilesToolTest {

    private final InMemoryFileStore store = new InMemoryFileStore(10_000);

    private ToolResult list(FileStore files, int maxChars, String arguments) {
        return new ListFilesTool(files, maxChars).call(json(arguments));
    }

    @Test
    void lists_every_file_with_line_counts() throws MemoryException {
        store.write("app/main.py", "a\nb\n");
        store.write("README.md", "hello");
        assertThat(list(store, 1_000, "{}"))
                .isEqualTo(new ToolResult.Ok("2 files in the project:\nREADME.md (1 line)\napp/main.py (2 lines)\n"));
    }

    @Test
    void lists_one_folder() throws MemoryException {
        store.write("app/main.py", "a\n");
        store.write("application.py", "a\n");
        store.write("tests/test_main.py", "a\n");
        assertThat(list(store, 1_000, "{\"folder_path\": \"app/\"}").text())
                .isEqualTo("1 file in 'app/':\napp/main.py (1 line)\n");
        assertThat(list(store, 1_000, "{\"folder_path\": \".\"}").text()).startsWith("3 files in the project:");
    }

    @Test
    void says_when_there_is_nothing_to_list() throws MemoryException {
        assertThat(list(store, 1_000, "{}").text()).isEqualTo("The project has no files yet.");
        store.write("a.py", "");
        assertThat(list(store, 1_000, "{\"folder_path\": \"lib\"}").text())
                .isEqualTo("There are no files in 'lib/'; call list_files without folder_path to see all files.");
    }

    @Test
    void caps_a_long_listing_and_says_how_many_were_left_out() throws MemoryException {
        for (int i = 0; i < 100; i++) {
            store.write("pkg/module_%03d.py".formatted(i), "x\n");
        }
        String text = list(store, 500, "{}").text();
        assertThat(text)
                .hasSizeLessThanOrEqualTo(500)
                .startsWith("100 files in the project:\npkg/module_000.py (1 line)\n")
                .containsPattern("\\[\\.\\.\\. and \\d+ more files not listed; pass folder_path to list one folder at"
                        + " a time\\.]\n$");
        long listed = text.lines().filter(line -> line.endsWith("(1 line)")).count();
        assertThat(text).contains("and " + (100 - listed) + " more files");
    }

    @Test
    void refuses_a_bad_folder_or_type() {
        assertThat(list(store, 1_000, "{\"folder_path\": \"../..\"}").text()).contains("leads outside");
        assertThat(list(store, 1_000, "{\"folder_path\": 3}")).isInstanceOf(ToolResult.Error.class);
    }

    @Test
    void marks_binary_files_on_disk(@TempDir Path root) throws Exception {
        Files.write(root.resolve("logo.png"), new byte[] {1, 0, 2});
        Files.writeString(root.resolve("main.py"), "x\n");
        assertThat(list(new DiskFileStore(root, 1_000), 1_000, "{}").text())
                .isEqualTo("2 files in the project:\nlogo.png (binary, 3 bytes)\nmain.py (1 line)\n");
    }

    @Test
    void lists_huge_files_by_their_summary_without_reading_them_whole(@TempDir Path root) throws Exception {
        Path big = root.resolve("data.csv");
        try (var out = Files.newBufferedWriter(big)) {
            for (int i = 0; i < 200_000; i++) {
                out.write("row " + i + ",é\n");
            }
        }
        DiskFileStore disk = new DiskFileStore(root, 1_000);

        assertThat(list(disk, 1_000, "{}").text()).isEqualTo("1 file in the project:\ndata.csv (200000 lines)\n");
    }
}
