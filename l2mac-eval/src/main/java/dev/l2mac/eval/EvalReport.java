package dev.l2mac.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an evaluation's reports into its folder: {@value #JSON} (everything, every candidate included),
 * {@value #MARKDOWN} (for people) and {@value #CHART} (pass@k and the share of samples per outcome).
 */
public final class EvalReport {
    public static final String JSON = "report.json";
    public static final String MARKDOWN = "report.md";
    public static final String CHART = "chart.png";

    private EvalReport() {}

    /** Writes the three reports into {@code folder}, creating it; returns the Markdown report's path. */
    public static Path write(EvalResult result, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(JSON), ReportJson.render(result), StandardCharsets.UTF_8);
        Files.write(folder.resolve(CHART), chart(result).png());
        return Files.writeString(
                folder.resolve(MARKDOWN), ReportMarkdown.render(result, CHART), StandardCharsets.UTF_8);
    }

    /** The folder name of one evaluation, sortable by time: {@code humaneval-plus-direct-20250101-120000}. */
    public static String folderName(Benchmark benchmark, String method, Clock clock) {
        return RunFiles.folderName(benchmark.command() + "-" + method, clock);
    }

    static BarChart chart(EvalResult result) {
        List<BarChart.Bar> bars = new ArrayList<>();
        result.passAtK()
                .forEach((k, value) -> bars.add(new BarChart.Bar("pass@" + k, value, ReportMarkdown.percent(value))));
        int samples =
                result.problems().stream().mapToInt(p -> p.samples().size()).sum();
        for (Map.Entry<String, Integer> outcome : result.verdictCounts().entrySet()) {
            double share = samples == 0 ? 0 : (double) outcome.getValue() / samples;
            bars.add(new BarChart.Bar(outcome.getKey(), share, String.valueOf(outcome.getValue())));
        }
        return new BarChart(
                result.benchmark().command() + " - " + result.method() + " - " + result.model() + " ("
                        + result.problems().size() + " problems)",
                bars);
    }
}
