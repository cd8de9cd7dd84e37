package dev.l2mac.check.node;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checker;
import dev.l2mac.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs the workspace's JavaScript tests with Node's built-in runner ({@code node --test}, which finds test files by
 * its own naming rules) through the process runner, and reports each failing test, read from the runner's JUnit
 * XML report, at the line of its failure. No tests is a pass; a timeout never is.
 */
final class NodeTestChecker implements Checker {

    static final String NAME = "node-test";
    /** Node's test file names: {@code *.test.js}, {@code *-test.js}, {@code *_test.js}, {@code test-*.js}, ... */
    private static final Pattern TEST_FILE = Pattern.compile(
            "(^|.*/)(test\\.[cm]?js|test-[^/]*\\.[cm]?js|[^/]*[.\\-_]test\\.[cm]?js|test/.*\\.[cm]?js)$");

    private final ProcessRunner runner;
    private final Duration timeout;
    private final int maxOutputChars;

    NodeTestChecker(ProcessRunner runner, Duration timeout, int maxOutputChars) {
        this.runner = runner;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return files.stream().anyMatch(NodeTestChecker::isTest);
    }

    static boolean isTest(String file) {
        return TEST_FILE.matcher(file).matches();
    }

    /**
     * Always runs every test: a change to any module can break any test. A project whose {@code package.json} has
     * a test script, with its packages installed, is tested with {@code npm test} instead.
     */
    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        if (NpmTest.configured(workspace)) {
            return NpmTest.run(NAME, runner, timeout, maxOutputChars, workspace);
        }
        return NodeTestRun.run(
                NAME, runner, timeout, maxOutputChars, workspace, List.of(), List.of(), ProcessRunner.Access.NONE);
    }
}
