package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.Language;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.process.Directories;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.Python;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.SandboxLimits;
import dev.l2mac.process.sandbox.SandboxedProcessRunner;
import dev.l2mac.process.sandbox.Sandboxing;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares this machine's Python check after a one-file change with the reference implementation's recipe, both in
 * one run over a 30-file codebase: ours (tree-sitter syntax in-process, pylint on the changed file and its
 * importers, pytest) against copying the codebase to a temporary folder and running {@code pylint -E} and
 * {@code pytest} over all of it. Both run as plain subprocesses (no sandbox) and must find the same errors. Prints
 * medians and writes them to {@code target/benchmarks/}; run it with
 * {@code ./mvnw -q -pl l2mac-core -am verify -Pbench}.
 */
class IncrementalCheckBenchmark {

    private static final int MODULES = 19;
    private static final int TESTED_MODULES = 10;
    private static final int ROUNDS = 21;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final int CAP = 200_000;
    private static final Path REPORT = Path.of("target", "benchmarks", "incremental-check.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private final ProcessRunner runner = new LocalProcessRunner();

    @Test
    void measures_a_check_after_a_one_file_change_against_the_reference_recipe() throws Exception {
        Requirements.require(Tool.PYLINT);
        Python.requirePytest();
        StringBuilder lines = new StringBuilder();
        lines.append(measure("unsandboxed", runner)).append('\n');
        if (Sandboxing.DETECTED instanceof Sandbox.Bubblewrap sandbox) {
            lines.append(measure("sandboxed", new SandboxedProcessRunner(sandbox, SandboxLimits.DEFAULTS)))
                    .append('\n');
        }
        System.out.print(lines);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, lines);
    }

    /** One series: ours through {@code ours}, the reference always as plain subprocesses. */
    private String measure(String label, ProcessRunner ours) throws IOException {
        Path workspace = Files.createTempDirectory(root, "shop-project-");
        writeCodebase(workspace);
        assertThat(WorkspaceFiles.list(workspace)).hasSize(30);
        Checks checks = CheckerCatalog.forWorkspace(
                ours,
                new CheckPlan(EnumSet.of(Language.PYTHON), List.of(), TIMEOUT, CAP),
                JUnitLauncherJar.offline(root.resolve("cache")));
        List<Double> ourSeconds = new ArrayList<>();
        List<Double> referenceSeconds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int changed = round % TESTED_MODULES;
            writeModule(workspace, changed, false);
            checks.run(workspace, Set.of());
            writeModule(workspace, changed, true);

            long start = System.nanoTime();
            List<CheckReport> reports = checks.run(workspace, Set.of());
            ourSeconds.add((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            Set<String> referenceErrors = reference(workspace);
            referenceSeconds.add((System.nanoTime() - start) / 1e9);

            assertThat(errors(reports))
                    .as("errors found in round %d", round)
                    .isEqualTo(referenceErrors)
                    .isNotEmpty();
        }
        double ourMedian = median(ourSeconds);
        double referenceMedian = median(referenceSeconds);
        return String.format(
                java.util.Locale.ROOT,
                "incremental check (%s): rounds=%d ours_median_s=%.3f"
                        + " reference_median_s=%.3f ratio=%.2f ours=%s reference=%s",
                label,
                ROUNDS,
                ourMedian,
                referenceMedian,
                referenceMedian / ourMedian,
                rounded(ourSeconds),
                rounded(referenceSeconds));
    }

    /** pylint errors as {@code file:message-id} and failing test files, from our reports. */
    private static Set<String> errors(List<CheckReport> reports) {
        Set<String> errors = new TreeSet<>();
        for (CheckReport report : reports) {
            if (report instanceof CheckReport.Failed failed) {
                for (Finding finding : failed.findings()) {
                    errors.add(
                            switch (report.checker()) {
                                case PylintChecker.NAME ->
                                    finding.file() + ":" + finding.message().split(" ")[0];
                                default -> report.checker() + ":" + finding.file();
                            });
                }
            }
        }
        return errors;
    }

    /** The reference recipe: copy everything, pylint -E over all of it, pytest over all of it. */
    private Set<String> reference(Path workspace) throws IOException {
        Path copy = Files.createTempDirectory(root, "reference-");
        copyTree(workspace, copy);
        Set<String> errors = new TreeSet<>();
        List<String> files =
                WorkspaceFiles.list(copy).stream().filter(Language.PYTHON::owns).toList();
        List<String> pylint = new ArrayList<>(List.of("pylint", "-E", "--output-format=json"));
        pylint.addAll(files);
        String output = runner.run(pylint, copy, Map.of(), TIMEOUT, CAP).output();
        for (JsonNode message : JSON.readTree(output.substring(output.indexOf('[')))) {
            errors.add(message.path("path").asText() + ":"
                    + message.path("message-id").asText());
        }
        Path xml = copy.resolve("report.xml");
        runner.run(
                List.of(
                        "python3",
                        "-m",
                        "pytest",
                        "-q",
                        "-p",
                        "no:cacheprovider",
                        "-o",
                        "junit_family=xunit1",
                        "--junitxml=" + xml),
                copy,
                Map.of(),
                TIMEOUT,
                CAP);
        JUnitXmlReport.read(xml)
                .ifPresent(report -> PytestFindings.of(report, copy)
                        .forEach(finding -> errors.add(PytestChecker.NAME + ":" + finding.file())));
        Directories.deleteTree(copy);
        return errors;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void writeCodebase(Path workspace) throws IOException {
        Files.createDirectories(workspace.resolve("shop"));
        Files.createDirectories(workspace.resolve("tests"));
        Files.writeString(workspace.resolve("shop/__init__.py"), "");
        for (int i = 0; i < MODULES; i++) {
            writeModule(workspace, i, false);
        }
        for (int i = 0; i < TESTED_MODULES; i++) {
            Files.writeString(workspace.resolve("tests/test_module_" + i + ".py"), """
                    from shop.module_%1$d import Item%1$d, price_%1$d, total_%1$d, describe_%1$d


                    def test_price():
                        assert price_%1$d(1) == 1 + %1$d


                    def test_total():
                        assert total_%1$d([Item%1$d("a", 1.0), Item%1$d("b", 2.0)]) == 3.0


                    def test_describe():
                        assert describe_%1$d(Item%1$d("a", 1.0)) == "a: 1.00"
                    """.formatted(i));
        }
    }

    /**
     * Module {@code i}; with {@code broken}, its price rule is renamed, which breaks the module importing it (a
     * pylint error there) and its test (an import error).
     */
    private static void writeModule(Path workspace, int i, boolean broken) throws IOException {
        String imported = i % 4 == 0 ? "" : "from shop.module_%d import price_%d\n".formatted(i - 1, i - 1);
        String chained = i % 4 == 0 ? "" : """


                def chained_%d(value: float) -> float:
                    return price_%d(value) + 1
                """.formatted(i, i - 1);
        String rule = broken ? "price_" + i + "_renamed" : "price_" + i;
        Files.writeString(workspace.resolve("shop/module_" + i + ".py"), """
                \"\"\"Module %1$d of the synthetic shop.\"\"\"
                from dataclasses import dataclass
                %2$s

                @dataclass
                class Item%1$d:
                    name: str
                    price: float

                    def discounted(self, rate: float) -> float:
                        return round(self.price * (1 - rate), 2)


                def %3$s(value: float) -> float:
                    \"\"\"Price rule %1$d.\"\"\"
                    return value + %1$d


                def total_%1$d(items: list) -> float:
                    return sum(item.price for item in items)


                def describe_%1$d(item: Item%1$d) -> str:
                    return f"{item.name}: {item.price:.2f}"
                %4$s""".formatted(i, imported, rule, chained));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String rounded(List<Double> values) {
        return values.stream()
                .map(value -> String.format(java.util.Locale.ROOT, "%.2f", value))
                .toList()
                .toString();
    }
}
