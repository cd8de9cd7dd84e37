package dev.l2mac.eval.polyglot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.eval.BarChart;
import dev.l2mac.eval.EvalReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a polyglot evaluation's reports, named as the other evaluations' ({@link EvalReport#JSON},
 * {@link EvalReport#MARKDOWN}, {@link EvalReport#CHART}): everything with every solution; a page for people; the
 * pass rate after each attempt, the share of well-formed replies and the outcomes as bars.
 */
final class PolyglotReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PolyglotReport() {}

    static void write(PolyglotResult result, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(EvalReport.JSON), json(result), StandardCharsets.UTF_8);
        Files.write(folder.resolve(EvalReport.CHART), chart(result).png());
        Files.writeString(
                folder.resolve(EvalReport.MARKDOWN),
                PolyglotMarkdown.render(result, EvalReport.CHART),
                StandardCharsets.UTF_8);
    }

    static String json(PolyglotResult result) {
        ObjectNode root = JSON.createObjectNode();
        PolyglotPlan plan = result.plan();
        root.put("benchmark", "polyglot")
                .put("language", plan.language().key())
                .put("method", plan.method().key())
                .put("model", result.model())
                .put("dataDir", plan.dataDir().toString())
                .put("started", result.started().toString())
                .put("wallTimeSeconds", result.wallTime().toMillis() / 1000.0);
        root.putObject("settings")
                .put("attempts", plan.attempts())
                .put("timeoutSeconds", plan.timeout().toMillis() / 1000.0)
                .put("temperature", plan.run().temperature());
        ObjectNode figures = root.putObject("figures");
        figures.put("exercises", result.exercises().size()).put("passed", result.passed());
        ObjectNode rates = figures.putObject("passRateAfterAttempt");
        result.passRates().forEach((attempt, rate) -> rates.put(String.valueOf(attempt), rate));
        figures.put("wellFormedReplies", result.wellFormedShare());
        ObjectNode outcomes = figures.putObject("outcomes");
        result.outcomeCounts().forEach(outcomes::put);
        figures.putObject("usage")
                .put("promptTokens", result.usage().promptTokens())
                .put("completionTokens", result.usage().completionTokens());
        ArrayNode exercises = root.putArray("exercises");
        for (ExerciseResult exercise : result.exercises()) {
            ObjectNode node = exercises
                    .addObject()
                    .put("exercise", exercise.exercise())
                    .put("outcome", exercise.outcome().label());
            ArrayNode attempts = node.putArray("attempts");
            for (AttemptResult attempt : exercise.attempts()) {
                ObjectNode entry = attempts.addObject()
                        .put("attempt", attempt.attempt())
                        .put("reply", attempt.reply().label())
                        .put("wellFormed", attempt.reply().wellFormed());
                if (!attempt.reply().wellFormed()) {
                    entry.put("replyProblem", attempt.reply().problem());
                }
                entry.put("outcome", attempt.outcome().label())
                        .put("detail", attempt.outcome().detail())
                        .put("testSeconds", attempt.testTime().toMillis() / 1000.0);
                ObjectNode files = entry.putObject("solution");
                new TreeMap<>(attempt.solution()).forEach(files::put);
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise: " + e.getMessage(), e);
        }
    }

    static BarChart chart(PolyglotResult result) {
        List<BarChart.Bar> bars = new ArrayList<>();
        result.passRates()
                .forEach((attempt, rate) -> bars.add(new BarChart.Bar("passed after " + attempt, rate, percent(rate))));
        bars.add(new BarChart.Bar("well-formed replies", result.wellFormedShare(), percent(result.wellFormedShare())));
        int total = result.exercises().size();
        for (Map.Entry<String, Integer> outcome : result.outcomeCounts().entrySet()) {
            bars.add(new BarChart.Bar(
                    outcome.getKey(),
                    total == 0 ? 0 : (double) outcome.getValue() / total,
                    String.valueOf(outcome.getValue())));
        }
        return new BarChart(
                "polyglot " + result.plan().language().key() + " - "
                        + result.plan().method().key() + " - " + result.model() + " (" + total + " exercises)",
                bars);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
