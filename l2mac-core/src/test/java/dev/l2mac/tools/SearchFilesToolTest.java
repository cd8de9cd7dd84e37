package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchFilesToolTest {

    private final InMemoryFileStore store = new InMemoryFileStore(1_000_000);

    private static ToolResult search(FileStore files, int maxChars, String arguments) {
        return new SearchFilesTool(files, maxChars).call(json(arguments));
    }

    private ToolResult search(String arguments) {
        return search(store, 20_000, arguments);
    }

    @Test
    void finds_literal_text_in_path_then_line_order() throws MemoryException {
        store.write("b.py", "x = 1\n    print(x)  \n");
        store.write("a/z.py", "print('a.b')\nprint(2)\n");
        assertThat(search("{\"pattern\": \"print(\"}"))
                .isEqualTo(new ToolResult.Ok("a/z.py:1: print('a.b')\na/z.py:2: print(2)\nb.py:2: print(x)\n"));
        assertThat(search("{\"pattern\": \"a.b\"}").text()).isEqualTo("a/z.py:1: print('a.b')\n");
        assertThat(search("{\"pattern\": \"PRINT\"}").text()).isEqualTo("No matches for 'PRINT' in 2 files.\n");
    }

    @Test
    void reads_the_pattern_as_a_java_regex_when_asked() throws MemoryException {
        store.write("a.py", "def load():\n    pass\ndef save(x):\n");
        assertThat(search("{\"pattern\": \"^def \\\\w+\\\\(\\\\)\", \"regex\": true}")
                        .text())
                .isEqualTo("a.py:1: def load():\n");
        assertThat(search("{\"pattern\": \"^def \\\\w+\\\\(\\\\)\"}").text())
                .isEqualTo("No matches for '^def \\w+\\(\\)' in 1 file.\n");
    }

    @Test
    void filters_paths_by_glob() throws MemoryException {
        store.write("src/a.py", "hit\n");
        store.write("src/pkg/b.py", "hit\n");
        store.write("src/c.js", "hit\n");
        store.write("d.py", "hit\n");
        assertThat(search("{\"pattern\": \"hit\", \"path_glob\": \"src/**/*.py\"}")
                        .text())
                .isEqualTo("src/a.py:1: hit\nsrc/pkg/b.py:1: hit\n");
        assertThat(search("{\"pattern\": \"hit\", \"path_glob\": \"*.{js,py}\"}")
                        .text())
                .isEqualTo("d.py:1: hit\nsrc/a.py:1: hit\nsrc/c.js:1: hit\nsrc/pkg/b.py:1: hit\n");
        assertThat(search("{\"pattern\": \"hit\", \"path_glob\": \"src/[!a].*\"}")
                        .text())
                .isEqualTo("src/c.js:1: hit\n");
        assertThat(search("{\"pattern\": \"miss\", \"path_glob\": \"src/*.py\"}")
                        .text())
                .isEqualTo("No matches for 'miss' in 1 file matching 'src/*.py'.\n");
        assertThat(search("{\"pattern\": \"hit\", \"path_glob\": \"lib/**\"}"))
                .isEqualTo(new ToolResult.Ok(
                        "No files match the path_glob 'lib/**'; call list_files to see the project's paths."));
    }

    @Test
    void caps_the_matches_and_says_what_was_cut() throws MemoryException {
        for (int file = 0; file < 3; file++) {
            store.write("f" + file + ".txt", "TODO\n".repeat(5));
        }
        String text = search("{\"pattern\": \"TODO\", \"max_results\": 4}").text();
        assertThat(text)
                .isEqualTo("f0.txt:1: TODO\nf0.txt:2: TODO\nf0.txt:3: TODO\nf0.txt:4: TODO\n[11 more matches in 3"
                        + " files not shown; narrow the pattern or path_glob, or raise max_results (at most 200).]\n");
        assertThat(search("{\"pattern\": \"TODO\"}").text().lines()).hasSize(15);
    }

    @Test
    void keeps_within_the_view_and_cuts_long_lines() throws MemoryException {
        store.write("long.txt", "key " + "x".repeat(500) + "\n");
        assertThat(search("{\"pattern\": \"key\"}").text())
                .isEqualTo("long.txt:1: key " + "x".repeat(SearchResults.MAX_LINE_CHARS - 4) + "...\n");
        for (int i = 0; i < 100; i++) {
            store.write("many/%03d.txt".formatted(i), "key\n");
        }
        String text = search(store, 1_500, "{\"pattern\": \"key\", \"max_results\": 200}")
                .text();
        assertThat(text)
                .hasSizeLessThanOrEqualTo(1_500)
                .endsWith(" files not shown; narrow the pattern or path_glob.]\n");
    }

    @Test
    void skips_binary_files_and_names_files_too_large(@TempDir Path root) throws Exception {
        Files.write(root.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Files.writeString(root.resolve("big.log"), "needle\n".repeat(100));
        Files.writeString(root.resolve("app.py"), "needle = 1\n");
        DiskFileStore disk = new DiskFileStore(root, 200);
        assertThat(search(disk, 20_000, "{\"pattern\": \"needle\"}").text())
                .isEqualTo("app.py:1: needle = 1\n[1 file skipped as binary.]\n"
                        + "[Not searched, too large to read whole: big.log.]\n");
    }

    @Test
    void stops_a_regex_that_backtracks_catastrophically() throws MemoryException {
        store.write("a.txt", "a".repeat(40) + "!\n");
        store.write("b.txt", "aab\n");
        long start = System.nanoTime();
        String text = search("{\"pattern\": \"(.*a){12}b\", \"regex\": true}").text();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(text)
                .isEqualTo("No matches for '(.*a){12}b' in 1 file.\n[The regex was stopped in 'a.txt' after 100,000,000"
                        + " character reads, so that file was searched only in part and 1 file after it not at all;"
                        + " a pattern with nested repetition such as (.*a){12} backtracks badly. Simplify the pattern or"
                        + " narrow path_glob.]\n");
    }

    @Test
    void refuses_bad_arguments_with_what_to_do() throws MemoryException {
        store.write("a.py", "x\n");
        String example = " for example {\"pattern\": \"def load_config\", \"path_glob\": \"src/**/*.py\"}.";
        assertThat(search("{}"))
                .isEqualTo(new ToolResult.Error("search_files needs the argument 'pattern' (a string)," + example));
        assertThat(search("{\"pattern\": \"\"}"))
                .isEqualTo(new ToolResult.Error(
                        "search_files argument 'pattern' is empty; give the text to find," + example));
        assertThat(search("{\"pattern\": \"def (x\", \"regex\": true}"))
                .isEqualTo(new ToolResult.Error("search_files argument 'pattern' is not a valid Java regex (Unclosed"
                        + " group, at character 7 of 'def (x'); fix it, or leave out regex to find the text as it"
                        + " is."));
        assertThat(search("{\"pattern\": \"x\", \"path_glob\": \"src/[ab\"}"))
                .isEqualTo(new ToolResult.Error("search_files argument 'path_glob' is not a valid glob (unclosed '[',"
                        + " at character 5 of 'src/[ab'); use * within a folder and ** across folders, such as"
                        + " \"src/**/*.py\"."));
        assertThat(search("{\"pattern\": \"x\", \"path_glob\": \"*.{py\"}").text())
                .startsWith("search_files argument 'path_glob' is not a valid glob (unclosed '{', at character 3");
        assertThat(search("{\"pattern\": \"x\", \"max_results\": 0}"))
                .isEqualTo(new ToolResult.Error("search_files argument 'max_results' must be a whole number from 1 to"
                        + " 200, but 0 was given;" + example));
        assertThat(search("{\"pattern\": \"x\", \"max_results\": \"ten\"}"))
                .isEqualTo(new ToolResult.Error("search_files argument 'max_results' must be a whole number from 1 to"
                        + " 200, but a string was given;" + example));
        assertThat(search("{\"pattern\": \"x\", \"regex\": \"yes\"}"))
                .isEqualTo(new ToolResult.Error(
                        "search_files argument 'regex' must be true or false, but a string was given;" + example));
    }

    @Test
    void sees_only_what_the_store_lists(@TempDir Path root) throws Exception {
        for (String reserved : new String[] {".git", ".l2mac", "app/__pycache__"}) {
            Files.createDirectories(root.resolve(reserved));
            Files.writeString(root.resolve(reserved).resolve("notes.txt"), "needle\n");
        }
        Files.writeString(root.resolve("app.py"), "needle\n");
        DiskFileStore disk = new DiskFileStore(root, 10_000);
        assertThat(search(disk, 20_000, "{\"pattern\": \"needle\"}").text()).isEqualTo("app.py:1: needle\n");
    }
}
