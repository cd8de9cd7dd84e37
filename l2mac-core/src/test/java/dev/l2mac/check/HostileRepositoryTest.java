package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.history.Revision;
import dev.l2mac.history.WorkspaceHistory;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.sandbox.OutsideTmp;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxedProcessRunner;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolResult;
import dev.l2mac.tools.ToolSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code that plants git configuration, run for real through {@code run_command} in the sandbox, and
 * committed for real with JGit: a nested repository with a {@code core.fsmonitor} and a hook, and writes to the
 * workspace's own {@code .git}.
 */
class HostileRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String PLANT_NESTED = String.join(
            " && ",
            "mkdir -p sub/.git/hooks",
            "echo 'print(1)' > sub/main.py",
            "printf 'ref: refs/heads/main\\n' > sub/.git/HEAD",
            "printf '[core]\\n\\tfsmonitor = touch ../owned\\n' > sub/.git/config",
            "printf '#!/bin/sh\\ntouch ../owned\\n' > sub/.git/hooks/pre-commit",
            "mkdir -p deep/er && printf 'gitdir: ../../sub/.git\\n' > deep/er/.GIT");
    private static final String PLANT_OWN = String.join(
            "; ",
            "printf '[core]\\n\\tfsmonitor = touch owned\\n' >> .git/config",
            "git config core.fsmonitor 'touch owned'",
            "git config core.hooksPath hooks",
            "mkdir -p .git/hooks",
            "printf '#!/bin/sh\\ntouch owned\\n' > .git/hooks/post-checkout",
            "rm -f .git/config",
            "mv .git .git-moved",
            "echo tried");

    @TempDir(factory = OutsideTmp.class)
    Path workspace;

    @TempDir(factory = OutsideTmp.class)
    Path home;

    private ToolBox tools;

    @BeforeEach
    void sandboxedTools() {
        SandboxedProcessRunner runner = Sandboxing.runner(
                Sandboxing.requireBubblewrap(),
                SandboxLimits.DEFAULTS,
                List.of(home, Path.of(System.getProperty("user.home"))),
                LocalProcessRunner.searchPath());
        tools = ToolBox.codebase(
                new DiskFileStore(workspace, 10_000),
                runner,
                ToolSettings.of(2_000, 10_000, Duration.ofSeconds(30), workspace),
                new Checks(List.of()));
    }

    @Test
    void a_nested_repository_made_by_a_command_is_reported_then_removed_and_never_committed_as_a_gitlink()
            throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
            String config = Files.readString(workspace.resolve(".git/config"));

            assertThat(runCommand(PLANT_NESTED)).isInstanceOf(ToolResult.Ok.class);
            assertThat(workspace.resolve("sub/.git/config")).content().contains("fsmonitor");

            List<CheckReport> reports = new Checks(List.of()).run(workspace, Set.of());
            assertThat(reports).singleElement().isInstanceOfSatisfying(CheckReport.Failed.class, failed -> {
                assertThat(failed.checker()).isEqualTo(Checks.NESTED_REPOSITORIES);
                assertThat(failed.findings()).extracting(Finding::file).containsExactly("deep/er/.GIT", "sub/.git");
                assertThat(failed.findings().get(1).message()).contains("rm -rf 'sub/.git'");
            });

            Revision done = history.commitInstruction("r1", 1, "Write sub.", "Done.");

            assertThat(entries(done.commit()))
                    .containsEntry("sub/main.py", FileMode.REGULAR_FILE)
                    .doesNotContainValue(FileMode.GITLINK)
                    .allSatisfy((path, mode) -> assertThat(path).doesNotContainIgnoringCase(".git"));
            assertThat(message(done.commit()))
                    .contains("L2mac-Removed-Repository: deep/er/.GIT", "L2mac-Removed-Repository: sub/.git");
            assertThat(workspace.resolve("sub/.git")).doesNotExist();
            assertThat(workspace.resolve("deep/er/.GIT")).doesNotExist();
            assertThat(workspace.resolve(".git/config")).hasContent(config);
            assertThat(history.hasChanges()).isFalse();
        }
        assertGitStatusIsCleanAndRunsNothing();
    }

    @Test
    void a_command_cannot_change_the_workspace_git_config_or_hooks() throws Exception {
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, CLOCK)) {
            history.start("r1");
        }
        String config = Files.readString(workspace.resolve(".git/config"));

        ToolResult result = runCommand(PLANT_OWN);

        assertThat(result.text()).contains("tried").containsIgnoringCase("read-only file system");
        assertThat(workspace.resolve(".git/config")).hasContent(config);
        assertThat(workspace.resolve(".git/hooks/post-checkout")).doesNotExist();
        assertThat(workspace.resolve(".git-moved")).doesNotExist();
        assertGitStatusIsCleanAndRunsNothing();
    }

    private ToolResult runCommand(String line) throws IOException {
        String arguments = new ObjectMapper().writeValueAsString(Map.of("command", line));
        return tools.dispatch(new ToolCall("call-1", "run_command", arguments));
    }

    /** What a user typing {@code git status} in the workspace afterwards gets: success, and nothing run. */
    private void assertGitStatusIsCleanAndRunsNothing() throws Exception {
        Requirements.require(
                LocalProcessRunner.searchPath().contains("/usr/bin") && Files.isExecutable(Path.of("/usr/bin/git")),
                "git at /usr/bin/git, to run git status as a user would");
        Process git = new ProcessBuilder("/usr/bin/git", "status", "--porcelain")
                .directory(workspace.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(output).isZero();
        assertThat(output.lines())
                .as(output)
                .allSatisfy(line -> assertThat(line).startsWith("?? hostile"));
        assertThat(workspace.resolve("owned")).doesNotExist();
        assertThat(workspace.getParent().resolve("owned")).doesNotExist();
    }

    private Map<String, FileMode> entries(String commit) throws IOException {
        Map<String, FileMode> entries = new TreeMap<>();
        try (Git git = Git.open(workspace.toFile());
                RevWalk walk = new RevWalk(git.getRepository());
                TreeWalk tree = new TreeWalk(git.getRepository())) {
            tree.addTree(walk.parseCommit(git.getRepository().resolve(commit)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                entries.put(tree.getPathString(), tree.getFileMode(0));
            }
        }
        return entries;
    }

    private String message(String commit) throws IOException {
        try (Git git = Git.open(workspace.toFile());
                RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit parsed = walk.parseCommit(git.getRepository().resolve(commit));
            return parsed.getFullMessage();
        }
    }
}
