package dev.l2mac.control;

import dev.l2mac.llm.ModelInfo;
import dev.l2mac.map.TimedRender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The table of {@link LargeRepositoryRunBenchmark}: a row a language, and a legend saying what each figure is. */
final class LargeRunTable {

    private static final long MB = 1024L * 1024;
    private static final Path REPORT = Path.of("target", "benchmarks", "large-repository-run.txt");

    private static final String LEGEND = """
            run: wall time of Machine.run, from assembling the machine to its result (planning, four tool calls, \
            the checks, the commit). checks: from the call completing the step to the checks' first report. \
            largest prompt: the most prompt tokens of one request; with reply room: that request's prompt plus the \
            reply tokens it kept (max_tokens), against the window. peak heap: the sum of the heap pools' peak usage \
            during the run, each reset as it began; pools peak at different moments, so this bounds from above the \
            heap in use at any one time, garbage not yet collected included; in brackets the old generation's \
            peak, what survived collections. map: a map of its own on the same workspace, before the run, for the \
            instruction and within the run's map budget: the cold build parses every file, the render after the \
            scenario's one-line change parses that file. target's rank: the target file's place among the map's \
            top files for the instruction, which names the function it defines.
            Each run's events, timed: target/benchmarks/large-repository-run-<language>.txt.
            """;

    /** What one language's run and map gave. */
    record Figures(
            String language,
            String target,
            boolean completed,
            String reason,
            long runMillis,
            long checksMillis,
            int largestPrompt,
            int largestRequest,
            int overflows,
            Set<String> changed,
            long peakHeapBytes,
            long peakOldBytes,
            TimedRender coldMap,
            TimedRender changedMap,
            int rank) {}

    /** Prints the table and writes it to {@code target/benchmarks/}. */
    static void print(List<Figures> rows, ModelInfo model, int files, int mapBudget) throws IOException {
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%nA one-line change in a %,d-file repository: the whole machine in this JVM (max heap %,d MB, %s,"
                        + " %d cores), checks on, model %s (window %,d tokens, map budget %,d)%n",
                files,
                Runtime.getRuntime().maxMemory() / MB,
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                model.name(),
                model.contextWindow(),
                mapBudget));
        String format = "%-8s | %8s | %8s | %14s | %15s | %9s | %13s | %19s | %24s | %20s | %13s%n";
        table.append(String.format(
                Locale.ROOT,
                format,
                "language",
                "run",
                "checks",
                "largest prompt",
                "with reply room",
                "overflows",
                "files changed",
                "peak heap (old gen)",
                "map cold build",
                "map after one change",
                "target's rank"));
        for (Figures row : rows) {
            table.append(String.format(
                    Locale.ROOT,
                    format,
                    row.language(),
                    seconds(row.runMillis()),
                    seconds(row.checksMillis()),
                    String.format(Locale.ROOT, "%,d", row.largestPrompt()),
                    String.format(Locale.ROOT, "%,d / %,d", row.largestRequest(), model.contextWindow()),
                    row.overflows(),
                    row.changed().size(),
                    String.format(Locale.ROOT, "%,d (%,d) MB", row.peakHeapBytes() / MB, row.peakOldBytes() / MB),
                    rendered(row.coldMap()),
                    rendered(row.changedMap()),
                    String.format(
                            Locale.ROOT,
                            "%d of %d",
                            row.rank(),
                            row.coldMap().topFiles().size())));
        }
        table.append(LEGEND);
        System.out.print(table);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, table);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%,.1f s", millis / 1000.0);
    }

    private static String rendered(TimedRender render) {
        return String.format(Locale.ROOT, "%,d ms, %,d parsed", render.millis(), render.filesParsed());
    }
}
