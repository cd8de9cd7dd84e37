package dev.l2mac.check.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.deps.DependencyCache;
import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.deps.Ecosystem;
import dev.l2mac.deps.Installation;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.sandbox.Network;
import dev.l2mac.process.sandbox.OutsideTmp;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxedProcessRunner;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code package.json} installed by real npm from the npm registry in the real sandbox (network open, only the
 * cache writable), then required and imported by {@code node --test} in the checks' sandbox through the
 * {@code node_modules} link. Skipped where the registry cannot be reached.
 */
class NpmInstallTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int CAP = 8_000;
    private static final String PACKAGE = "is-number";
    /** The tarball's name in npm's cache index, to see whether a cache received it. */
    private static final String TARBALL = "is-number-7.0.0.tgz";

    private static final Path USER_NPM_CACHE = Path.of(System.getProperty("user.home"), ".npm");

    @TempDir(factory = OutsideTmp.class)
    Path workspace;

    private ProcessRunner checks;
    private DependencyInstaller installer;

    @BeforeAll
    static void needsNpmAndTheRegistry() {
        ProcessRunner.ProcessResult ping =
                new LocalProcessRunner().run(List.of("npm", "ping"), Path.of("."), Map.of(), TIMEOUT, CAP);
        Requirements.require(
                ping.succeeded(),
                () -> "npm or the npm registry (`npm ping` failed), so no package" + " can be installed from it: "
                        + ping.output().strip());
    }

    @BeforeEach
    void sandboxes() {
        Sandbox.Bubblewrap sandbox = Sandboxing.requireBubblewrap();
        checks = new SandboxedProcessRunner(sandbox, SandboxLimits.DEFAULTS);
        installer = new DependencyInstaller(
                new SandboxedProcessRunner(sandbox, DependencyInstaller.SANDBOX_LIMITS, Network.OPEN));
        new WorkspaceFixture(workspace)
                .write(
                        "package.json",
                        "{\"name\": \"shop\", \"version\": \"1.0.0\", \"dependencies\": {\"" + PACKAGE
                                + "\": \"7.0.0\"}}\n")
                .write("test/required.test.js", """
                        const test = require('node:test');
                        const assert = require('node:assert');
                        const isNumber = require('is-number');
                        test('required', () => assert.ok(isNumber(5)));
                        """)
                .write("test/imported.test.mjs", """
                        import test from 'node:test';
                        import assert from 'node:assert';
                        import isNumber from 'is-number';
                        test('imported', () => assert.ok(!isNumber('five')));
                        """);
    }

    @Test
    void tests_requiring_and_importing_a_dependency_cannot_run_before_the_step_and_pass_after_it() throws IOException {
        NodeTestChecker node = new NodeTestChecker(checks, TIMEOUT, CAP);
        CheckReport before = node.check(workspace, Set.of());
        assertThat(before).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) before).reason())
                .contains("'" + PACKAGE + "' is declared in" + " package.json but not installed");
        long inUserCache = userCacheEntries();

        Installation result = installer.install(workspace).get(1);

        assertThat(result)
                .as(result.describe())
                .isEqualTo(new Installation.Installed(
                        Ecosystem.NODE, DependencyCache.of(workspace).nodeModules(), "linked as node_modules"));
        assertThat(Files.readSymbolicLink(workspace.resolve("node_modules")))
                .isEqualTo(Path.of(".l2mac/deps/node/node_modules"));
        assertThat(node.check(workspace, Set.of())).isEqualTo(new CheckReport.Passed("node-test", "2 tests passed"));
        assertThat(DependencyCache.of(workspace).root().resolve("npm-cache")).isDirectory();
        assertThat(userCacheEntries()).as("npm's cache in the home").isEqualTo(inUserCache);
        try (Stream<Path> files = Files.walk(workspace)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(workspace::relativize)
                            .map(Path::toString)
                            .filter(file -> !file.startsWith(DependencyCache.FOLDER)))
                    .containsExactlyInAnyOrder("package.json", "test/required.test.js", "test/imported.test.mjs");
        }
    }

    @Test
    void the_link_is_neither_a_workspace_file_nor_replaces_a_node_modules_of_the_workspaces_own() throws IOException {
        installer.install(workspace);
        assertThat(WorkspaceFiles.list(workspace)).noneMatch(file -> file.startsWith("node_modules"));

        Files.delete(workspace.resolve("node_modules"));
        Files.createDirectory(workspace.resolve("node_modules"));
        Installation again = installer.install(workspace).get(1);

        assertThat(again).isInstanceOf(Installation.UpToDate.class);
        assertThat(again.describe()).contains("has a node_modules of its own, which Node uses instead; delete it");
        assertThat(workspace.resolve("node_modules")).isDirectory().isEmptyDirectory();
    }

    @Test
    void a_package_json_npm_cannot_read_fails_with_npms_own_message() throws IOException {
        Files.writeString(workspace.resolve("package.json"), "{\"name\": \"shop\",");

        Installation result = installer.install(workspace).get(1);

        assertThat(result).isInstanceOf(Installation.Failed.class);
        assertThat(((Installation.Failed) result).reason())
                .startsWith("npm error")
                .containsIgnoringCase("json");
        assertThat(workspace.resolve("node_modules")).doesNotExist();
    }

    /** How many entries of npm's cache in the user's home name the tarball. */
    private static long userCacheEntries() throws IOException {
        Path index = USER_NPM_CACHE.resolve("_cacache").resolve("index-v5");
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(index)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            return Files.readString(file).contains(TARBALL);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .count();
        }
    }
}
