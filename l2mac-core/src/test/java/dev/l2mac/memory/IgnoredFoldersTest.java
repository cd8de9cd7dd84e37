package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's repository keeps installed packages, virtual environments and build output in folders its
 * {@code .gitignore} hides; they are not the project, and the store's listing (the map, {@code list_files},
 * {@code search_files}) leaves them out, unless the run wrote a file there.
 */
class IgnoredFoldersTest {

    @TempDir
    Path root;

    @Test
    void folders_a_gitignore_hides_are_not_listed_and_hidden_files_are() throws Exception {
        write(".gitignore", "node_modules/\n.venv\n/build/\n*.log\ndist/\n!dist/keep/\n");
        write("src/app.js", "export {};\n");
        write("node_modules/left-pad/index.js", "module.exports = 1;\n");
        write("web/node_modules/react/index.js", "module.exports = 2;\n");
        write(".venv/lib/site.py", "x = 1\n");
        write("build/out.js", "1;\n");
        write("src/build/helper.js", "2;\n");
        write("debug.log", "a line\n");
        write("docs/.gitignore", "drafts/\n");
        write("docs/drafts/wip.md", "# wip\n");
        write("docs/guide.md", "# guide\n");

        DiskFileStore store = new DiskFileStore(root, 1_000_000);

        assertThat(store.list())
                .containsExactly(
                        ".gitignore",
                        "debug.log",
                        "docs/.gitignore",
                        "docs/guide.md",
                        "src/app.js",
                        "src/build/helper.js");
        assertThat(store.read("node_modules/left-pad/index.js")).isEqualTo("module.exports = 1;\n");
    }

    @Test
    void a_file_the_store_wrote_in_a_hidden_folder_is_listed() throws Exception {
        write(".gitignore", "generated/\n");
        write("generated/old.txt", "old\n");
        DiskFileStore store = new DiskFileStore(root, 1_000_000);

        store.write("generated/schema.sql", "create table t (id int);\n");

        assertThat(store.list()).contains("generated/schema.sql", "generated/old.txt");
    }

    @Test
    void a_folder_holding_a_file_git_tracks_is_listed_however_it_is_ignored() throws Exception {
        write("vendor/lib/tracked.py", "x = 1\n");
        try (Git git = Git.init().setDirectory(root.toFile()).call()) {
            git.add().addFilepattern("vendor/lib/tracked.py").call();
        }
        write(".gitignore", "vendor/\ncache/\n");
        write("vendor/lib/untracked.py", "y = 2\n");
        write("cache/blob.bin", "z\n");

        DiskFileStore store = new DiskFileStore(root, 1_000_000);

        assertThat(store.list()).containsExactly(".gitignore", "vendor/lib/tracked.py", "vendor/lib/untracked.py");
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
