package dev.l2mac.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** An evaluation as one JSON document: settings, figures, known dataset issues, and every sample with its code. */
final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    static String render(EvalResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", result.benchmark().command());
        root.put("dataFile", result.dataFile().toString());
        root.put("method", result.method());
        root.put("model", result.model());
        root.put("started", result.started().toString());
        root.put("wallTimeSeconds", result.wallTime().toMillis() / 1000.0);
        ObjectNode settings = root.putObject("settings");
        settings.put("samplesPerProblem", result.settings().samples());
        settings.put("parallelism", result.settings().parallelism());
        settings.put("timeoutSeconds", result.timeout().toMillis() / 1000.0);
        ObjectNode figures = root.putObject("figures");
        figures.put("problems", result.problems().size());
        figures.put("problemsSolved", result.problemsSolved());
        ObjectNode passAtK = figures.putObject("passAtK");
        result.passAtK().forEach((k, value) -> passAtK.put(String.valueOf(k), value));
        ObjectNode verdicts = figures.putObject("samples");
        result.verdictCounts().forEach(verdicts::put);
        figures.putObject("usage")
                .put("promptTokens", result.usage().promptTokens())
                .put("completionTokens", result.usage().completionTokens());
        ObjectNode issues = root.putObject("knownDatasetIssues");
        result.knownIssues().forEach(issues::put);
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(problem -> problems.add(problem(problem)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise: " + e.getMessage(), e);
        }
    }

    private static ObjectNode problem(ProblemResult problem) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", problem.problemId());
        node.put("passes", problem.passes());
        problem.knownIssue().ifPresent(issue -> node.put("knownIssue", issue));
        ArrayNode samples = node.putArray("samples");
        for (SampleResult sample : problem.samples()) {
            ObjectNode entry = samples.addObject();
            entry.put("sample", sample.sample());
            entry.put("verdict", sample.verdict().label());
            detail(sample.verdict()).forEach(entry::put);
            entry.put("testSeconds", sample.testTime().toMillis() / 1000.0);
            entry.put("candidate", sample.candidate());
        }
        return node;
    }

    private static Map<String, String> detail(Verdict verdict) {
        return switch (verdict) {
            case Verdict.Passed passed -> Map.of();
            case Verdict.Failed failed -> Map.of("detail", failed.detail());
            case Verdict.TimedOut timedOut ->
                Map.of("detail", "still running after " + timedOut.limit().toSeconds() + " s; killed");
            case Verdict.NotRun notRun -> Map.of("detail", notRun.reason());
        };
    }
}
