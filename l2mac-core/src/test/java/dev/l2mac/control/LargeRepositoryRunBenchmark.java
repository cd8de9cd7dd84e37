package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.plan;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.history.StartingPoint;
import dev.l2mac.history.UsersRepositories;
import dev.l2mac.llm.ModelInfo;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.map.CodebaseMap;
import dev.l2mac.map.MapFocus;
import dev.l2mac.map.TimedRender;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.FailureKind;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stacks;
import dev.l2mac.testing.HeapLimitedChild;
import dev.l2mac.testing.LargeRepository;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full run of issue #15's large scenario, for Python and for Java: a 10,000-file repository, GPT-4's 8,192-token
 * window (the model catalogue's {@code gpt-4}, as {@code --model gpt-4} gives), the whole machine in-process with its
 * checks on and a scripted model that plans, searches, views a range, edits one line and completes. Prints one table
 * (the run's wall time, its largest request against the window, overflows, files changed, the heap's peak, the map's
 * cold build and render after one change, and the target file's rank in the map) and asserts what the scenario
 * requires, all in a child JVM whose heap is {@value #HEAP_FLAG}. Run it with {@code ./mvnw -q -pl l2mac-core -am
 * verify -Pbench -Dtest=LargeRepositoryRunBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the normal build
 * skips it.
 */
class LargeRepositoryRunBenchmark {

    private static final int FILES = 10_000;
    private static final String MODEL = "gpt-4";
    private static final String HEAP_FLAG = "-Xmx512m";
    private static final long MAX_HEAP_BYTES = 512L * 1024 * 1024;
    /** Two repositories to generate and commit, two maps of 10,000 files, two runs with their checks. */
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(20);
    /** The map of an instruction's first context must show the file that defines the symbol it names this high. */
    private static final int TARGET_RANK = 5;

    private static final Path REPORTS = Path.of("target", "benchmarks");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void a_one_line_change_in_ten_thousand_python_and_java_files() throws Exception {
        Requirements.require(Tool.PYLINT);
        Requirements.require(Tool.PYTEST);
        System.out.print(
                HeapLimitedChild.run(HEAP_FLAG, CHILD_TIMEOUT, LargeRepositoryRunBenchmark.class, root.toString()));
    }

    /** The child: makes, runs and maps each repository in turn in {@code args[0]}, prints the table, asserts. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(MAX_HEAP_BYTES);
        ModelInfo gpt4 = ModelRegistry.builtIn().find(MODEL).orElseThrow();
        List<LargeRunTable.Figures> rows = new ArrayList<>();
        rows.add(measure(LargeRepository.python(root.resolve("python"), FILES), gpt4));
        rows.add(measure(LargeRepository.java(root.resolve("java"), FILES), gpt4));

        LargeRunTable.print(rows, gpt4, FILES, mapBudget(gpt4));

        for (LargeRunTable.Figures row : rows) {
            assertThat(row.completed())
                    .as("%s: %s", row.language(), row.reason())
                    .isTrue();
            assertThat(row.changed()).as(row.language()).containsExactly(row.target());
            assertThat(row.overflows()).as(row.language()).isZero();
            assertThat(row.largestRequest()).as(row.language()).isLessThanOrEqualTo(gpt4.contextWindow());
            assertThat(row.rank()).as(row.language()).isBetween(1, TARGET_RANK);
        }
    }

    private static LargeRunTable.Figures measure(LargeRepository repository, ModelInfo model) throws Exception {
        MapRenders map = map(repository, new MapFocus(repository.instruction(), "", Set.of()), mapBudget(model));
        String before = head(repository.root());
        ScriptedLlm scripted = script(repository);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        RunTimeline timeline = new RunTimeline();
        long started = System.nanoTime();
        RunResult result = MachineSetup.of(
                        scripted,
                        Domain.CODEBASE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        RunSettings.defaults(repository.root()))
                .withStack(Stacks.named(repository.language()))
                .assemble()
                .run(
                        new RunRequest(
                                Domain.CODEBASE, repository.task(), Optional.empty(), repository.root(), Map.of()),
                        timeline);
        long runMillis = (System.nanoTime() - started) / 1_000_000;
        long peak = peakUsed(heap);
        long oldPeak =
                peakUsed(heap.stream().filter(LargeRepositoryRunBenchmark::old).toList());
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve("large-repository-run-" + repository.language() + ".txt"), timeline.text());

        List<RunEvent.RequestSent> requests = timeline.events(RunEvent.RequestSent.class);
        int overflows = timeline.events(RunEvent.ContextOverflowed.class).size()
                + (int) timeline.events(RunEvent.RequestFailed.class).stream()
                        .filter(failed -> failed.kind() == FailureKind.CONTEXT_OVERFLOW)
                        .count();
        return new LargeRunTable.Figures(
                repository.language(),
                repository.target(),
                result.completed(),
                result.reason(),
                runMillis,
                checksMillis(timeline),
                requests.stream()
                        .mapToInt(RunEvent.RequestSent::promptTokens)
                        .max()
                        .orElse(0),
                requests.stream()
                        .mapToInt(sent -> sent.promptTokens() + sent.maxOutputTokens())
                        .max()
                        .orElse(0),
                overflows,
                new StartingPoint(repository.root(), before, UsersRepositories.NONE).changedFiles(),
                peak,
                oldPeak,
                map.cold(),
                map.changed(),
                map.cold().rankOf(repository.target()));
    }

    private static long peakUsed(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The pool of objects that survived collections: G1's, Parallel's or ZGC's old generation, Serial's tenured. */
    private static boolean old(MemoryPoolMXBean pool) {
        return pool.getName().contains("Old") || pool.getName().contains("Tenured");
    }

    /** The map's share of the window, as a run fits the default limits to the model. */
    private static int mapBudget(ModelInfo model) {
        return Limits.DEFAULTS
                .fittedTo(model.contextWindow(), model.maxOutputTokens())
                .mapTokens();
    }

    /** From the call completing the step to the checks' first report: the checks of the changed file. */
    private static long checksMillis(RunTimeline timeline) {
        long completed = timeline.first(event -> event instanceof RunEvent.ToolCalled called
                        && called.name().equals(MachineSetup.STEP_COMPLETE_TOOL))
                .orElseThrow();
        return timeline.first(RunEvent.CheckReported.class::isInstance).orElseThrow() - completed;
    }

    /** A map's cold build, and its render after the scenario's one-line change; the workspace is left as it was. */
    private record MapRenders(TimedRender cold, TimedRender changed) {}

    private static MapRenders map(LargeRepository repository, MapFocus focus, int budget) throws IOException {
        CodebaseMap map = new CodebaseMap(
                new DiskFileStore(repository.root(), Limits.DEFAULTS.maxFileBytes()), TokenCounter.forModel(MODEL));
        TimedRender cold = TimedRender.of(map, focus, budget);
        Path target = repository.root().resolve(repository.target());
        String original = Files.readString(target);
        Files.writeString(target, original.replace(repository.targetLine(), repository.changedLine()));
        TimedRender changed = TimedRender.of(map, focus, budget);
        Files.writeString(target, original);
        return new MapRenders(cold, changed);
    }

    /** Plan one step, search for the function, view its lines, edit one of them, complete, hand over. */
    private static ScriptedLlm script(LargeRepository repository) throws IOException {
        int line = repository.targetLineNumber();
        return new ScriptedLlm(MODEL)
                .thenCalls(plan(List.of(repository.instruction())))
                .thenCalls(raw("search_files", JSON.writeValueAsString(Map.of("pattern", repository.targetFunction()))))
                .thenCalls(view(repository.target() + ":" + (line - 2) + "-" + line))
                .thenCalls(raw(
                        "edit_file",
                        JSON.writeValueAsString(Map.of(
                                "file_path", repository.target(),
                                "old_text", repository.targetLine(),
                                "new_text", repository.changedLine()))))
                .thenCalls(complete())
                .thenText(repository.targetFunction() + " now strips the code before upper-casing it.");
    }

    private static String head(Path repository) throws IOException {
        try (Git git = Git.open(repository.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }
}
