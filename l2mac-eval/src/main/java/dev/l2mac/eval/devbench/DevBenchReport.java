package dev.l2mac.eval.devbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.eval.BarChart;
import dev.l2mac.eval.design.Measured;
import dev.l2mac.eval.design.TestCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a DevBench task's reports: {@code report.json}, {@code report.md} and {@code chart.png}. */
public final class DevBenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** pytest's output kept in the Markdown report; the JSON report keeps all that was captured. */
    private static final int OUTPUT_TAIL_CHARS = 3_000;

    private DevBenchReport() {}

    public static Path write(DevBenchEvaluation.Result result, String model, Path folder) throws IOException {
        Files.createDirectories(folder);
        ObjectNode root = JSON.createObjectNode();
        root.put("task", result.task().name())
                .put("model", model)
                .put("codebase", result.codebase().toString())
                .put("run", result.runOutcome());
        result.stack().ifPresent(stack -> root.put("stack", stack));
        switch (result.acceptance().tests()) {
            case Measured.Value<TestCounts> value ->
                root.putObject("acceptanceTests")
                        .put("total", value.value().total())
                        .put("passed", value.value().passed())
                        .put("failed", value.value().failed())
                        .put("skipped", value.value().skipped());
            case Measured.NotMeasured<TestCounts> not -> root.put("acceptanceTests", "not measured: " + not.reason());
        }
        root.put("pytestOutput", result.acceptance().output());
        Files.writeString(folder.resolve("report.json"), JSON.writeValueAsString(root) + "\n");
        Files.write(folder.resolve("chart.png"), chart(result, model).png());
        return Files.writeString(folder.resolve("report.md"), markdown(result, model));
    }

    /** {@code 3 of 4 acceptance tests passed}, or why they were not measured. */
    public static String summary(AcceptanceOutcome outcome) {
        return switch (outcome.tests()) {
            case Measured.Value<TestCounts> value ->
                value.value().passed() + " of " + value.value().total() + " acceptance tests passed";
            case Measured.NotMeasured<TestCounts> not -> "acceptance tests not measured: " + not.reason();
        };
    }

    private static BarChart chart(DevBenchEvaluation.Result result, String model) {
        double share = switch (result.acceptance().tests()) {
            case Measured.Value<TestCounts> value ->
                value.value().total() == 0
                        ? 0
                        : (double) value.value().passed() / value.value().total();
            case Measured.NotMeasured<TestCounts> not -> 0;
        };
        return new BarChart(
                result.task().name() + " - acceptance tests passed - " + model,
                List.of(new BarChart.Bar("passed", share, summary(result.acceptance()))));
    }

    private static String markdown(DevBenchEvaluation.Result result, String model) {
        String output = result.acceptance().output();
        String tail = output.length() <= OUTPUT_TAIL_CHARS
                ? output
                : "..." + output.substring(output.length() - OUTPUT_TAIL_CHARS);
        return "# DevBench task " + result.task().name() + " with " + model + "\n\n"
                + "| | |\n|---|---|\n"
                + "| codebase | `" + result.codebase() + "` |\n"
                + result.stack().map(stack -> "| stack | " + stack + " |\n").orElse("")
                + "| run | " + result.runOutcome().replace("|", "\\|").replace('\n', ' ') + " |\n"
                + "| acceptance tests | " + summary(result.acceptance()) + " |\n\n"
                + "![acceptance tests passed](chart.png)\n\n## pytest output\n\n```\n" + tail.strip() + "\n```\n";
    }
}
