package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.run.RecordedEvents;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness: the scenario runs in a child JVM that is killed with SIGKILL right after its N-th event was
 * recorded, or at its K-th {@link WorkPoints work point} (in the middle of a tool call's writes, of a check, of a
 * commit); the run is then resumed and must end as the uninterrupted run did, with the same files and commit trees,
 * asking the model only what its log does not hold, and executing no recorded tool call again (the one call a kill
 * interrupted is completed by executing it again, which its tool allows). By default a spread of
 * {@value #DEFAULT_POINTS} event boundaries and every work point run; {@code -Dcrash.points=all} kills at every
 * event boundary.
 */
class KillHarnessTest {
    static final int DEFAULT_POINTS = 100;
    /** The fewest work points the scenario must offer, so that mid-work kills stay a real part of the harness. */
    static final int MIN_WORK_POINTS = 50;
    /** Child JVMs alive at once. */
    private static final int PARALLEL =
            Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

    private static final long CHILD_TIMEOUT_SECONDS = 120;
    /** A child lives a few seconds: the quick compiler alone starts it fastest, and it needs no parallel collector. */
    private static final String CHILD_JIT = "-XX:TieredStopAtLevel=1";

    private static final String CHILD_GC = "-XX:+UseSerialGC";

    private static Map<String, String> reference;
    private static List<String> referenceTrees;
    private static int events;
    private static List<String> workPoints;

    @TempDir
    Path dir;

    @BeforeAll
    static void runUninterrupted(@TempDir Path dir) throws IOException {
        Path workspace = dir.resolve("reference");
        WorkPoints passed = new WorkPoints();
        RunResult result = CrashScenario.machine(workspace, CrashScenario.model(0), dir.resolve("executions"), passed)
                .run(CrashScenario.request(workspace), RunListener.NONE);
        assertThat(result.completed()).isTrue();
        reference = CrashScenario.files(workspace);
        referenceTrees = CrashScenario.commitTrees(workspace);
        events = RecordedEvents.read(RunFolder.latest(workspace).orElseThrow().eventsFile())
                .all()
                .size();
        workPoints = passed.passed();
    }

    @Test
    void the_scenario_passes_work_points_in_tool_calls_checks_and_commits() {
        assertThat(workPoints)
                .hasSizeGreaterThanOrEqualTo(MIN_WORK_POINTS)
                .contains(
                        "before writing a.py",
                        "after deleting b.py",
                        "check",
                        "commit index locked",
                        "commit objects written",
                        "commit branch moved");
    }

    @Test
    void every_run_killed_with_sigkill_at_an_event_boundary_resumes_to_the_uninterrupted_outcome() throws Exception {
        assertAllResumeIdentically(killPoints().stream().map(String::valueOf).toList());
    }

    @Test
    void every_run_killed_with_sigkill_inside_a_tool_call_check_or_commit_resumes_to_the_uninterrupted_outcome()
            throws Exception {
        assertAllResumeIdentically(IntStream.rangeClosed(1, workPoints.size())
                .mapToObj(k -> CrashChild.WORK + k)
                .toList());
    }

    private void assertAllResumeIdentically(List<String> points) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String point : points) {
                outcomes.add(pool.submit(() -> killAndResume(point)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String failure = outcome.get();
                if (!failure.isEmpty()) {
                    failures.add(failure);
                }
            }
            assertThat(failures)
                    .as("kill points that did not resume identically, of %d", points.size())
                    .isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> killPoints() {
        if ("all".equals(System.getProperty("crash.points"))) {
            return IntStream.range(1, events).boxed().toList();
        }
        return IntStream.range(0, DEFAULT_POINTS)
                .map(i -> 1 + i * (events - 2) / (DEFAULT_POINTS - 1))
                .distinct()
                .boxed()
                .toList();
    }

    /** Kills a child at {@code point}, resumes, and returns what differs from the uninterrupted run (or ""). */
    private String killAndResume(String point) throws Exception {
        String name = point.replace(':', '-');
        Path workspace = dir.resolve("kill-" + name);
        Path executions = dir.resolve("executions-" + name);
        String where;
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        CHILD_JIT,
                        CHILD_GC,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashChild.class.getName(),
                        workspace.toString(),
                        executions.toString(),
                        point)
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith(CrashChild.REACHED)) {
                // skip anything else the child prints
            }
            if (line == null) {
                return "kill point " + point + ": the child ended before reaching it";
            }
            child.destroyForcibly();
            if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return "kill point " + point + ": the child did not die";
            }
            where = line.substring(CrashChild.REACHED.length()).strip();
        }
        List<String> interrupted = interruptedCalls(workspace);
        int answered = CrashScenario.answered(workspace);
        ScriptedLlm rest = CrashScenario.model(answered);
        RunResult resumed = CrashScenario.machine(workspace, rest, executions)
                .resume(workspace, Optional.empty(), RunListener.NONE);
        List<String> problems = new ArrayList<>();
        if (!resumed.completed()) {
            problems.add("did not complete: " + resumed.reason());
        }
        if (rest.remainingSteps() != 0
                || rest.requests().size() != CrashScenario.script().size() - answered) {
            problems.add("asked the model " + rest.requests().size() + " times, expected "
                    + (CrashScenario.script().size() - answered));
        }
        if (!CrashScenario.files(workspace).equals(reference)) {
            problems.add("files differ: " + CrashScenario.files(workspace));
        }
        if (!CrashScenario.commitTrees(workspace).equals(referenceTrees)) {
            problems.add(
                    "commit trees differ: " + CrashScenario.commitTrees(workspace) + " instead of " + referenceTrees);
        }
        List<String> repeated = ResumeAfterCrashTest.duplicates(executions).stream()
                .filter(line -> interrupted.stream().noneMatch(call -> call.contains("\"" + line.split(" ")[1] + "\"")))
                .toList();
        if (!repeated.isEmpty()) {
            problems.add("executed twice: " + repeated);
        }
        return problems.isEmpty() ? "" : "kill point " + point + " " + where + ": " + String.join("; ", problems);
    }

    /** The arguments of the tool calls the kill interrupted: recorded as called, not as returned. */
    private static List<String> interruptedCalls(Path workspace) throws IOException {
        List<RunEvent> recorded = RecordedEvents.read(
                        RunFolder.latest(workspace).orElseThrow().eventsFile())
                .all();
        Set<String> returned = recorded.stream()
                .filter(e -> e instanceof RunEvent.ToolReturned)
                .map(e -> ((RunEvent.ToolReturned) e).callId())
                .collect(Collectors.toSet());
        return recorded.stream()
                .filter(e -> e instanceof RunEvent.ToolCalled called && !returned.contains(called.callId()))
                .map(e -> ((RunEvent.ToolCalled) e).arguments())
                .toList();
    }
}
