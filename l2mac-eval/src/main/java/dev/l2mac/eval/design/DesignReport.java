package dev.l2mac.eval.design;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.eval.BarChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a design evaluation's reports: {@code report.json}, {@code report.md} and {@code chart.png}. */
public final class DesignReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NUMBER = "%.1f";

    private DesignReport() {}

    /** Writes the three reports into {@code folder}; returns the Markdown report's path. */
    public static Path write(DesignResult result, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("report.json"), JSON.writeValueAsString(json(result)) + "\n");
        Files.write(folder.resolve("chart.png"), chart(result).png());
        return Files.writeString(folder.resolve("report.md"), markdown(result));
    }

    static BarChart chart(DesignResult result) {
        List<BarChart.Bar> bars = result.seeds().stream()
                .map(seed -> switch (seed.verdict()) {
                    case JudgeVerdict.Scored scored ->
                        new BarChart.Bar(
                                "seed " + seed.seed(),
                                scored.share(),
                                String.format(Locale.ROOT, "%.0f%%", 100 * scored.share()));
                    case JudgeVerdict.Malformed malformed -> new BarChart.Bar("seed " + seed.seed(), 0, "malformed");
                    case JudgeVerdict.Failed failed -> new BarChart.Bar("seed " + seed.seed(), 0, "no verdict");
                })
                .toList();
        return new BarChart(result.taskName() + " - features implemented - " + result.model(), bars);
    }

    static ObjectNode json(DesignResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("task", result.taskName());
        root.put("model", result.model());
        root.put("wallTimeSeconds", result.wallTime().toMillis() / 1000.0);
        ArrayNode features = root.putArray("features");
        result.checklist()
                .features()
                .forEach(f -> features.addObject().put("id", f.id()).put("text", f.text()));
        ObjectNode figures = root.putObject("figures");
        interval(figures.putObject("featuresPercent"), result.featuresPercent());
        interval(figures.putObject("pylintErrors"), result.pylintErrors());
        interval(figures.putObject("linesOfCode"), result.linesOfCode());
        interval(figures.putObject("testsPassed"), result.testsPassed());
        figures.put("unscoredSeeds", result.unscoredSeeds());
        ArrayNode seeds = root.putArray("seeds");
        result.seeds().forEach(seed -> seeds.add(seed(seed)));
        return root;
    }

    private static ObjectNode seed(SeedResult seed) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seed", seed.seed());
        node.put("workspace", seed.workspace().toString());
        node.put("run", seed.runOutcome());
        ObjectNode judge = node.putObject("judge");
        switch (seed.verdict()) {
            case JudgeVerdict.Scored scored -> {
                judge.put("verdict", "scored").put("implemented", scored.implementedCount());
                ObjectNode each = judge.putObject("features");
                scored.implemented().forEach((id, done) -> each.put(String.valueOf(id), done));
            }
            case JudgeVerdict.Malformed malformed ->
                judge.put("verdict", "malformed")
                        .put("reason", malformed.reason())
                        .put("answer", malformed.answer());
            case JudgeVerdict.Failed failed -> judge.put("verdict", "failed").put("reason", failed.reason());
        }
        node.put("pythonFiles", seed.metrics().pythonFiles());
        node.put("linesOfCode", seed.metrics().linesOfCode());
        switch (seed.metrics().pylintErrors()) {
            case Measured.Value<Integer> value -> node.put("pylintErrors", value.value());
            case Measured.NotMeasured<Integer> not -> node.put("pylintErrors", "not measured: " + not.reason());
        }
        switch (seed.metrics().tests()) {
            case Measured.Value<TestCounts> value ->
                node.putObject("tests")
                        .put("total", value.value().total())
                        .put("passed", value.value().passed())
                        .put("failed", value.value().failed())
                        .put("skipped", value.value().skipped());
            case Measured.NotMeasured<TestCounts> not -> node.put("tests", "not measured: " + not.reason());
        }
        return node;
    }

    private static void interval(ObjectNode node, Interval interval) {
        node.put("mean", interval.mean())
                .put("ci95HalfWidth", interval.halfWidth())
                .put("n", interval.n());
    }

    static String markdown(DesignResult result) {
        StringBuilder page = new StringBuilder("# System design: " + result.taskName() + " with " + result.model()
                + "\n\n" + result.seeds().size() + " seed(s), "
                + result.checklist().size()
                + " features on the checklist; figures are mean ± 95% interval over seeds.\n\n"
                + "| metric | value |\n|---|---|\n");
        page.append("| features implemented | ")
                .append(result.featuresPercent().format(NUMBER))
                .append("% |\n");
        page.append("| pylint errors | ")
                .append(result.pylintErrors().format(NUMBER))
                .append(" |\n");
        page.append("| lines of code | ")
                .append(result.linesOfCode().format(NUMBER))
                .append(" |\n");
        page.append("| tests passed | ")
                .append(result.testsPassed().format(NUMBER))
                .append(" |\n");
        page.append("| seeds without a judge score | ")
                .append(result.unscoredSeeds())
                .append(" |\n");
        page.append("\n![features implemented per seed](chart.png)\n\n## Seeds\n\n")
                .append("| seed | run | judge | LOC | pylint errors | tests passed |\n|---|---|---|---|---|---|\n");
        for (SeedResult seed : result.seeds()) {
            page.append("| ")
                    .append(seed.seed())
                    .append(" | ")
                    .append(cell(seed.runOutcome()))
                    .append(" | ")
                    .append(cell(judge(seed.verdict(), result.checklist().size())))
                    .append(" | ")
                    .append(seed.metrics().linesOfCode())
                    .append(" | ")
                    .append(cell(measured(seed.metrics().pylintErrors())))
                    .append(" | ")
                    .append(cell(tests(seed.metrics().tests())))
                    .append(" |\n");
        }
        return page.toString();
    }

    private static String judge(JudgeVerdict verdict, int features) {
        return switch (verdict) {
            case JudgeVerdict.Scored scored -> scored.implementedCount() + "/" + features;
            case JudgeVerdict.Malformed malformed -> "malformed answer: " + malformed.reason();
            case JudgeVerdict.Failed failed -> failed.reason();
        };
    }

    private static String measured(Measured<Integer> value) {
        return switch (value) {
            case Measured.Value<Integer> v -> String.valueOf(v.value());
            case Measured.NotMeasured<Integer> not -> "not measured (" + not.reason() + ")";
        };
    }

    private static String tests(Measured<TestCounts> value) {
        return switch (value) {
            case Measured.Value<TestCounts> v ->
                v.value().passed() + "/" + v.value().total();
            case Measured.NotMeasured<TestCounts> not -> "not measured (" + not.reason() + ")";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
