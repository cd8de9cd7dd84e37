package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.view;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the control unit's overhead per round trip to the model: a real machine (tools, event log on disk,
 * context building, token counting) over a memory of 1,000 Python files, driven by a scripted model that answers
 * instantly, with checks turned off. Prints the median, p90, p99 and maximum of the interval between a reply and
 * the next request, and writes them to {@code target/benchmarks/}. Run it with
 * {@code ./mvnw -q -pl l2mac-core -am verify -Pbench}; the normal build skips it.
 */
class ControlUnitOverheadBenchmark {
    /** 50 packages of 20 modules: 1,000 files of about 3 KB. */
    private static final SyntheticCodebase CODEBASE = new SyntheticCodebase(50, 20, 4);

    private static final int INSTRUCTIONS = 20;
    /** Model calls per instruction: tool turns, the completion call, then the handover summary. */
    private static final int CALLS_PER_INSTRUCTION = 10;
    /** Every this many instructions, the first turn lists the files instead of viewing one. */
    private static final int LIST_EVERY = 4;

    private static final int WARM_UP_RUNS = 10;
    private static final int MEASURED_RUNS = 10;
    private static final String MODEL = "gpt-4o";
    private static final Path REPORT = Path.of("target", "benchmarks", "control-unit-overhead.txt");

    @TempDir
    Path workspaces;

    @Test
    void measures_control_unit_overhead_per_round_trip() throws Exception {
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            runOnce("warm-up-" + run);
        }
        List<Long> intervals = new ArrayList<>();
        for (int run = 0; run < MEASURED_RUNS; run++) {
            intervals.addAll(runOnce("measured-" + run));
        }
        OverheadFigures figures = OverheadFigures.of(intervals);
        String report = "Control-unit overhead per round trip (" + CODEBASE.fileCount() + " files in memory, "
                + INSTRUCTIONS + " instructions x " + CALLS_PER_INSTRUCTION + " calls, " + MEASURED_RUNS
                + " measured runs after " + WARM_UP_RUNS + " warm-up runs, " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores):\n  " + figures.render() + "\n";
        System.out.print(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);

        // Every run made each of its calls: the figures describe the whole script, not a run cut short.
        assertThat(figures.count()).isEqualTo(MEASURED_RUNS * (INSTRUCTIONS * CALLS_PER_INSTRUCTION - 1));
    }

    private List<Long> runOnce(String name) throws Exception {
        Limits limits = Limits.DEFAULTS.withMaxSteps(INSTRUCTIONS);
        InMemoryFileStore files = new InMemoryFileStore(limits.maxFileBytes());
        CODEBASE.fill(files);
        ToolBox tools = ToolBox.codebase(
                files,
                new LocalProcessRunner(),
                ToolSettings.of(limits.viewMaxChars(), limits.toolOutputMaxChars(), limits.runTimeout(), null));
        ScriptedLlm script = script();
        RoundTripStopwatch model = new RoundTripStopwatch(script);
        Machine machine = Machine.builder(
                        model,
                        files,
                        tools,
                        OutputChecks.NONE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        limits,
                        0.0,
                        Clock.systemUTC())
                .build();

        RunResult result = machine.run(
                new RunRequest(
                        Domain.CODEBASE,
                        "Build the inventory service.",
                        Optional.of(program()),
                        workspace(name),
                        Map.of()),
                RunListener.NONE);

        assertThat(result.reason()).isEmpty();
        assertThat(result.instructionsCompleted()).isEqualTo(INSTRUCTIONS);
        assertThat(script.remainingSteps()).isZero();
        return model.intervals();
    }

    private Path workspace(String name) throws IOException {
        return Files.createDirectories(workspaces.resolve(name));
    }

    private static PromptProgram program() {
        return PromptProgram.of(IntStream.rangeClosed(1, INSTRUCTIONS)
                .mapToObj(i -> "Implement part " + i + " of the inventory service and keep its modules consistent.")
                .toList());
    }

    /**
     * Per instruction: a file listing or a view to orient, views of one or two files, rewrites of one file at a
     * time, the completion call, and the handover summary.
     */
    private static ScriptedLlm script() {
        ScriptedLlm model = new ScriptedLlm(MODEL);
        for (int i = 0; i < INSTRUCTIONS; i++) {
            int base = i * 37;
            if (i % LIST_EVERY == 0) {
                model.thenCalls(raw("list_files", "{}"));
            } else {
                model.thenCalls(view(CODEBASE.path(base)));
            }
            model.thenCalls(view(CODEBASE.paths(base + 1, 2).toArray(String[]::new)))
                    .thenCalls(rewrite(base + 1, i))
                    .thenCalls(view(CODEBASE.path(base + 5)))
                    .thenCalls(view(CODEBASE.paths(base + 9, 2).toArray(String[]::new)))
                    .thenCalls(rewrite(base + 9, i))
                    .thenCalls(view(CODEBASE.path(base + 13)))
                    .thenCalls(rewrite(base + 13, i))
                    .thenCalls(complete())
                    .thenText("Part " + (i + 1) + " done: rewrote " + CODEBASE.path(base + 1) + ", "
                            + CODEBASE.path(base + 9) + " and " + CODEBASE.path(base + 13)
                            + " to report their revision; the other modules are unchanged.");
        }
        return model;
    }

    private static ToolCall rewrite(int index, int revision) {
        return write(Map.of(CODEBASE.path(index), CODEBASE.module(index, revision + 1)));
    }
}
