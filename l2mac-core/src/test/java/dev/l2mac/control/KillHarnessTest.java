package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.run.RecordedEvents;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness: the scenario runs in a child JVM that is killed with SIGKILL right after its N-th event was
 * recorded; the run is then resumed and must end as the uninterrupted run did, with the same files, asking the
 * model only what its log does not hold, and executing no tool call twice. By default a spread of
 * {@value #DEFAULT_POINTS} kill points runs; {@code -Dcrash.points=all} kills at every event boundary.
 */
class KillHarnessTest {
    static final int DEFAULT_POINTS = 100;
    /** Child JVMs alive at once. */
    private static final int PARALLEL = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));
    private static final long CHILD_TIMEOUT_SECONDS = 120;

    private static Map<String, String> reference;
    private static List<String> referenceTrees;
    private static int events;

    @TempDir
    Path dir;

    @BeforeAll
    static void runUninterrupted(@TempDir Path dir) throws IOException {
        Path workspace = dir.resolve("reference");
        RunResult result = CrashScenario.machine(workspace, CrashScenario.model(0), dir.resolve("executions"))
                .run(CrashScenario.request(workspace), RunListener.NONE);
        assertThat(result.completed()).isTrue();
        reference = CrashScenario.files(workspace);
        referenceTrees = CrashScenario.commitTrees(workspace);
        events = RecordedEvents.read(RunFolder.latest(workspace).orElseThrow().eventsFile()).all().size();
    }

    @Test
    void every_run_killed_with_sigkill_resumes_to_the_uninterrupted_outcome() throws Exception {
        List<Integer> points = killPoints();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int point : points) {
                outcomes.add(pool.submit(() -> killAndResume(point)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String failure = outcome.get();
                if (!failure.isEmpty()) {
                    failures.add(failure);
                }
            }
            assertThat(failures).as("kill points that did not resume identically, of %d", points.size()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> killPoints() {
        if ("all".equals(System.getProperty("crash.points"))) {
            return IntStream.range(1, events).boxed().toList();
        }
        return IntStream.range(0, DEFAULT_POINTS).map(i -> 1 + i * (events - 2) / (DEFAULT_POINTS - 1)).distinct()
                .boxed().toList();
    }

    /** Kills a child at {@code point}, resumes, and returns what differs from the uninterrupted run (or ""). */
    private String killAndResume(int point) throws Exception {
        Path workspace = dir.resolve("kill-" + point);
        Path executions = dir.resolve("executions-" + point);
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), workspace.toString(),
                executions.toString(), String.valueOf(point)).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
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
        }
        int answered = CrashScenario.answered(workspace);
        ScriptedLlm rest = CrashScenario.model(answered);
        RunResult resumed = CrashScenario.machine(workspace, rest, executions)
                .resume(workspace, Optional.empty(), RunListener.NONE);
        List<String> problems = new ArrayList<>();
        if (!resumed.completed()) {
            problems.add("did not complete: " + resumed.reason());
        }
        if (rest.remainingSteps() != 0 || rest.requests().size() != CrashScenario.script().size() - answered) {
            problems.add("asked the model " + rest.requests().size() + " times, expected "
                    + (CrashScenario.script().size() - answered));
        }
        if (!CrashScenario.files(workspace).equals(reference)) {
            problems.add("files differ: " + CrashScenario.files(workspace));
        }
        if (!CrashScenario.commitTrees(workspace).equals(referenceTrees)) {
            problems.add("commit trees differ: " + CrashScenario.commitTrees(workspace) + " instead of "
                    + referenceTrees);
        }
        List<String> repeated = ResumeAfterCrashTest.duplicates(executions);
        if (!repeated.isEmpty()) {
            problems.add("executed twice: " + repeated);
        }
        return problems.isEmpty() ? "" : "kill point " + point + ": " + String.join("; ", problems);
    }
}
