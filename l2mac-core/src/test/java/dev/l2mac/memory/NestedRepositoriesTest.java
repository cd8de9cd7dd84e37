package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NestedRepositoriesTest {

    @TempDir
    Path root;

    @Test
    void finds_git_folders_files_and_links_below_the_root_at_any_depth_in_any_case() throws Exception {
        Files.createDirectories(root.resolve("sub/.git/objects"));
        Files.createDirectories(root.resolve("a/b/.GIT"));
        Files.createDirectories(root.resolve("c"));
        Files.writeString(root.resolve("c/.Git"), "gitdir: ../sub/.git\n");
        Files.createDirectories(root.resolve("d"));
        Files.createSymbolicLink(root.resolve("d/.git"), root.resolve("sub/.git"));

        assertThat(NestedRepositories.find(root)).containsExactly("a/b/.GIT", "c/.Git", "d/.git", "sub/.git");
    }

    @Test
    void leaves_out_the_root_repository_and_run_records_and_names_like_git() throws Exception {
        Files.createDirectories(root.resolve(".git/modules/x/.git"));
        Files.createDirectories(root.resolve(".l2mac/deps/pkg/.git"));
        Files.createDirectories(root.resolve("app/.github"));
        Files.writeString(root.resolve("app/.gitignore"), "*.log\n");

        assertThat(NestedRepositories.find(root)).isEmpty();
    }

    @Test
    void tells_the_model_how_to_remove_it() {
        assertThat(NestedRepositories.describe("sub/.git"))
                .contains("nested inside the project")
                .contains("run_command: rm -rf 'sub/.git'")
                .contains("do not run git init");
    }
}
