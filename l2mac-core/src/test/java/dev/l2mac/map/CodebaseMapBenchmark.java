package dev.l2mac.map;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.testing.HeapLimitedChild;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the codebase map over 10,000-file synthetic Python and Java workspaces on disk, in a child JVM whose heap
 * is {@value #CHILD_HEAP}: the cold build, a second render with nothing changed, a render after one file changed,
 * the first render of the next run (from the tags the first saved in the workspace), the files parsed each time, the map's tokens and the heap in use. Prints the figures and writes them, and each
 * map shown, to {@code target/benchmarks/}. Run it with {@code ./mvnw -q -pl l2mac-core -am verify -Pbench
 * -Dtest=CodebaseMapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the normal build skips it.
 */
class CodebaseMapBenchmark {

    static final String CHILD_HEAP = "-Xmx512m";
    /** 100 packages of 100 modules, plus the shared base: 10,001 files. */
    private static final int PACKAGES = 100;

    private static final int MODULES = 100;
    /** A quarter of an 8,192-token window. */
    private static final int BUDGET = 2_048;

    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(20);
    private static final Path REPORT = Path.of("target", "benchmarks", "codebase-map.txt");

    @TempDir
    Path workspaces;

    @Test
    void measures_the_map_over_ten_thousand_files() throws Exception {
        String output =
                HeapLimitedChild.run(CHILD_HEAP, CHILD_TIMEOUT, CodebaseMapBenchmark.class, workspaces.toString());
        String report = "Codebase map over " + (PACKAGES * MODULES + 1) + " files on disk, budget " + BUDGET
                + " tokens (cl100k), child JVM " + CHILD_HEAP + ", " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores:\n" + output;
        System.out.print(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    /** The child: measures each language in turn in {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        measure("Python", root.resolve("python"), SyntheticSources.python(PACKAGES, MODULES), "pkg42/mod7.py");
        measure(
                "Java",
                root.resolve("java"),
                SyntheticSources.java(PACKAGES, MODULES),
                "src/main/java/com/acme/pkg42/Service42x7.java");
    }

    private static void measure(String language, Path root, Map<String, String> files, String changed)
            throws IOException {
        SyntheticSources.writeTo(root, files);
        files = null; // the heap measured below holds the map, not the generated contents
        DiskFileStore store = new DiskFileStore(root, 1_000_000);
        TokenCounter counter = TokenCounter.forModel("gpt-4");
        CodebaseMap map = new CodebaseMap(store, counter, root);
        MapFocus focus = new MapFocus("Speed up Widget42x7, Service42x7 and helper_42_7.", "", Set.of());
        List<String> lines = new ArrayList<>();
        lines.add(language + ": the full listing is "
                + String.format(Locale.ROOT, "%,d", counter.count(String.join("\n", store.list()))) + " tokens");
        String shown = timed(lines, "cold build", TimedRender.of(map, focus, BUDGET));
        timed(lines, "nothing changed", TimedRender.of(map, focus, BUDGET));
        try {
            store.write(changed, store.read(changed) + "\n// one more line\n");
        } catch (dev.l2mac.memory.MemoryException e) {
            throw new IllegalStateException(e);
        }
        timed(lines, "one file changed", TimedRender.of(map, focus, BUDGET));
        CodebaseMap nextRun = new CodebaseMap(store, counter, root);
        timed(lines, "next run (saved)", TimedRender.of(nextRun, focus, BUDGET));
        lines.add("map: " + counter.count(shown) + " tokens, "
                + MapReading.topFiles(shown).size() + " top files");
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        lines.add(String.format(Locale.ROOT, "heap in use after GC, map alive: %,d MB", heap / (1024 * 1024)));
        lines.forEach(line -> System.out.println("  " + line));
        Path shownMap = REPORT.resolveSibling("codebase-map-" + language.toLowerCase(Locale.ROOT) + ".txt");
        Files.createDirectories(shownMap.getParent());
        Files.writeString(shownMap, shown + "\n");
    }

    private static String timed(List<String> lines, String what, TimedRender render) {
        lines.add(String.format(
                Locale.ROOT, "%-17s %,7d ms, %,6d files parsed", what + ":", render.millis(), render.filesParsed()));
        return render.shown();
    }
}
