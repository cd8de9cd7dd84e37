package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreRulesTest {
    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void names_the_rule_and_the_file_that_hides_a_path() throws IOException {
        write(".gitignore", "*.log\n");

        assertThat(IgnoreRules.hiding(root, "logs/app.log"))
                .hasValue("the rule '*.log' in .gitignore hides" + " logs/app.log");
        assertThat(IgnoreRules.hiding(root, "app.py")).isEmpty();
    }

    @Test
    void a_star_hides_everything_even_the_rules_file_itself() throws IOException {
        write(".gitignore", "*\n");

        assertThat(IgnoreRules.hiding(root, "app.py")).isPresent();
        assertThat(IgnoreRules.hiding(root, ".gitignore")).isPresent();
        assertThat(IgnoreRules.hiding(root, "src/deep/a.py")).hasValue("the rule '*' in .gitignore hides src/");
    }

    @Test
    void a_deeper_file_and_a_later_negation_decide_first() throws IOException {
        write(".gitignore", "*.txt\n");
        write("docs/.gitignore", "!keep.txt\n");
        write("build/.gitignore", "out/\n");

        assertThat(IgnoreRules.hiding(root, "docs/keep.txt")).isEmpty();
        assertThat(IgnoreRules.hiding(root, "docs/other.txt")).isPresent();
        assertThat(IgnoreRules.hiding(root, "build/out/x.py"))
                .hasValue("the rule 'out/' in build/.gitignore hides" + " build/out/");
        assertThat(IgnoreRules.hiding(root, "build/x.py")).isEmpty();
    }

    @Test
    void agrees_with_git_on_a_mixed_set_of_rules() throws Exception {
        write(".gitignore", "*.pyc\n/dist\ndata/**/*.csv\n!data/keep/*.csv\nsecret*\n");
        write("sub/.gitignore", "local/\n");
        String[] paths = {
            "a.pyc",
            "sub/a.pyc",
            "dist/x.js",
            "sub/dist/x.js",
            "data/a/b/c.csv",
            "data/keep/c.csv",
            "secret.env",
            "sub/secret",
            "sub/local/x.py",
            "local/x.py",
            "ok.py"
        };
        for (String path : paths) {
            write(path, "x\n");
        }
        try (Git git = Git.init().setDirectory(root.toFile()).call()) {
            var ignored = git.status().call().getIgnoredNotInIndex();
            for (String path : paths) {
                boolean gitIgnores = ignored.stream()
                        .anyMatch(entry ->
                                path.equals(entry) || path.startsWith(entry.endsWith("/") ? entry : entry + "/"));
                assertThat(IgnoreRules.hiding(root, path).isPresent())
                        .as(path + " ignored by git: " + ignored)
                        .isEqualTo(gitIgnores);
            }
        }
    }
}
