package dev.l2mac.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What running the generated code and its tests leaves behind (bytecode, test and benchmark caches, build output,
 * installed packages) stays out of the workspace's commits, in a repository l2mac creates and in a user's own, whose
 * {@code .gitignore} is not touched.
 */
class CachesOutOfCommitsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final Set<String> CACHES = Set.of(
            "pkg/__pycache__/m.cpython-312.pyc",
            "legacy.pyc",
            ".pytest_cache/v/cache/lastfailed",
            ".benchmarks/Linux-CPython-3.12/0001_run.json",
            "target/classes/App.class",
            "web/node_modules/left-pad/index.js");
    private static final Set<String> OUTPUT = Set.of("pkg/m.py", "tests/test_m.py", "src/target/aim.py");

    @TempDir
    Path workspace;

    @Test
    void a_new_repository_commits_the_output_and_none_of_the_caches_its_tests_leave() throws IOException {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            writeAll(OUTPUT);
            writeAll(CACHES);
            Revision done = history.commitInstruction("r1", 1, "Write m and its test.", "Done.");

            assertThat(files(done.commit())).containsExactlyInAnyOrderElementsOf(OUTPUT);
            assertThat(history.hasChanges())
                    .as("the caches are not even changes")
                    .isFalse();
        }
    }

    @Test
    void a_users_repository_keeps_caches_out_through_its_info_exclude_and_its_gitignore_stays_as_it_was()
            throws Exception {
        try (Git git = Git.init().setDirectory(workspace.toFile()).call()) {
            write(".gitignore", "*.log\n");
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("theirs")
                    .setAuthor("Ann", "ann@example.com")
                    .setCommitter("Ann", "ann@example.com")
                    .setSign(false)
                    .call();
        }
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            writeAll(OUTPUT);
            writeAll(CACHES);
            Revision done = history.commitInstruction("r1", 1, "Write m and its test.", "Done.");

            Set<String> expected = new TreeSet<>(OUTPUT);
            expected.add(".gitignore");
            assertThat(files(done.commit())).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(Files.readString(workspace.resolve(".gitignore"))).isEqualTo("*.log\n");
        assertThat(Files.readAllLines(workspace.resolve(".git/info/exclude"))).containsAll(Ignores.MACHINE);
    }

    private void writeAll(Set<String> paths) throws IOException {
        for (String path : paths) {
            write(path, "content of " + path + "\n");
        }
    }

    private void write(String path, String content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Set<String> files(String commit) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Git git = Git.open(workspace.toFile());
                RevWalk commits = new RevWalk(git.getRepository());
                TreeWalk walk = new TreeWalk(git.getRepository())) {
            walk.addTree(
                    commits.parseCommit(git.getRepository().resolve(commit)).getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                files.add(walk.getPathString());
            }
        }
        return files;
    }
}
