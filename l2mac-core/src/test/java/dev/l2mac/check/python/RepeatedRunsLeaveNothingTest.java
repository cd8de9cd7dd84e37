package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import dev.l2mac.process.Processes;
import dev.l2mac.process.Python;
import dev.l2mac.process.StaleLeftovers;
import dev.l2mac.process.sandbox.CgroupLeftovers;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.process.sandbox.Sandboxing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty commands, some leaving detached processes and some timing out, through the plain and the detected
 * runner, then a round of warm pytest and pylint checks: afterwards this JVM owns no new temporary directory, no
 * pids cgroup and no child process.
 */
class RepeatedRunsLeaveNothingTest {

    private static final int RUNS = 20;
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final Duration SHORT = Duration.ofSeconds(1);
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
    private static final int CAP = 8_000;
    /** How long the JVM may take to reap the children it killed. */
    private static final Duration REAP_GRACE = Duration.ofSeconds(5);

    @TempDir
    Path root;

    @Test
    void twenty_runs_and_a_check_round_leave_no_folder_cgroup_or_process_behind() throws Exception {
        Python.requirePytest();
        Set<Path> foldersBefore = owned(Path.of(System.getProperty("java.io.tmpdir")), StaleLeftovers::folderOwner);
        Set<Long> childrenBefore = children();
        ProcessRunner plain = new LocalProcessRunner();
        ProcessRunner detected = Sandboxes.runner(Sandboxing.DETECTED, SandboxLimits.DEFAULTS, false);
        List<String> markers = new ArrayList<>();
        try {
            for (int run = 0; run < RUNS; run++) {
                String marker = Processes.uniqueSleepSeconds() + ".123";
                markers.add(marker);
                boolean timesOut = run % 5 == 4;
                ProcessResult result = (run % 2 == 0 ? plain : detected)
                        .run(
                                List.of(
                                        "sh",
                                        "-c",
                                        "setsid sleep " + marker + " & echo run " + (timesOut ? "; sleep 60" : "")),
                                root,
                                Map.of(),
                                timesOut ? SHORT : GENEROUS,
                                CAP);
                assertThat(result.timedOut()).as(result.output()).isEqualTo(timesOut);
            }
            markers.add(checkRound(plain));
            markers.add(checkRound(detected));

            assertThat(owned(Path.of(System.getProperty("java.io.tmpdir")), StaleLeftovers::folderOwner))
                    .isEqualTo(foldersBefore);
            for (Path parent : CgroupLeftovers.parents()) {
                assertThat(owned(parent, CgroupLeftovers::owner))
                        .as("pids cgroups under " + parent)
                        .isEmpty();
            }
            assertThat(newChildren(childrenBefore)).isEmpty();
            assertThat(markers)
                    .allSatisfy(
                            marker -> assertThat(Processes.withArgument(marker)).isEmpty());
        } finally {
            markers.forEach(Processes::killAll);
        }
    }

    /** Runs pytest warm on a test that leaves a detached process; returns that process's marker. */
    private String checkRound(ProcessRunner runner) {
        String marker = Processes.uniqueSleepSeconds() + ".123";
        new WorkspaceFixture(root)
                .write("calc.py", "def add(a, b):\n    return a + b\n")
                .write(
                        "test_calc.py",
                        "import os\nfrom calc import add\n\n\ndef test_add():\n"
                                + "    os.system('setsid sleep " + marker + " >/dev/null 2>&1 &')\n"
                                + "    assert add(1, 2) == 3\n");
        Checks checks = new Checks(List.of(new PytestChecker(runner, CHECK_TIMEOUT, CAP, Executables.PYTHON, true)));
        try {
            assertThat(checks.run(root, Set.of())).allMatch(CheckReport.Passed.class::isInstance);
        } finally {
            checks.release();
        }
        return marker;
    }

    /** Entries of {@code parent} whose name says this JVM owns them. */
    private static Set<Path> owned(Path parent, Function<String, OptionalLong> owner) throws IOException {
        if (!Files.isDirectory(parent)) {
            return Set.of();
        }
        long self = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(
                            entry -> owner.apply(entry.getFileName().toString()).equals(OptionalLong.of(self)))
                    .collect(Collectors.toSet());
        }
    }

    private static Set<Long> children() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    private static Set<Long> newChildren(Set<Long> before) throws InterruptedException {
        long deadline = System.nanoTime() + REAP_GRACE.toNanos();
        Set<Long> added = new HashSet<>(children());
        added.removeAll(before);
        while (!added.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            added = new HashSet<>(children());
            added.removeAll(before);
        }
        return added;
    }
}
