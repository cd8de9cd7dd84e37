package dev.l2mac.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.l2mac.eval.OutputOracle.Comparison;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The problems judged by their outputs, as EvalPlus judges them, rather than by the OriginFmt test program, because
 * that program cannot fail (see {@link KnownIssues}). Their inputs come from the EvalPlus data file that lies next
 * to the OriginFmt one ({@code MbppPlus.jsonl.gz} beside {@code MbppPlus-OriginFmt.jsonl.gz}); without it they keep
 * their test program and their known issue.
 */
final class OutputJudged {
    private static final String ORIGIN_FORMAT_SUFFIX = "-OriginFmt";
    private static final Map<Benchmark, Map<String, Comparison>> TASKS = Map.of(
            Benchmark.MBPP_PLUS,
            Map.of("Mbpp/737", Comparison.NOT_NONE, "Mbpp/787", Comparison.NOT_NONE, "Mbpp/794", Comparison.NOT_NONE));
    /** EvalPlus rows may hold NaN and Infinity inputs, which Python writes and strict JSON forbids. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private OutputJudged() {}

    /** {@code dataset} with its output-judged problems given their oracle, when the EvalPlus data file is there. */
    static Dataset attach(Dataset dataset) {
        Map<String, Comparison> tasks = TASKS.getOrDefault(dataset.benchmark(), Map.of());
        Optional<Path> outputsFile = outputsFile(dataset.file());
        if (tasks.isEmpty() || outputsFile.isEmpty()) {
            return dataset;
        }
        Map<String, String> rows = rows(outputsFile.get(), tasks);
        return new Dataset(
                dataset.benchmark(),
                dataset.file(),
                dataset.problems().stream()
                        .map(p -> {
                            String row = rows.get(p.id());
                            Comparison comparison = tasks.get(p.id());
                            return row == null || comparison == null
                                    ? p
                                    : p.judgedBy(new OutputOracle(row, comparison));
                        })
                        .toList());
    }

    /** The EvalPlus data file beside an OriginFmt one, if it exists. */
    static Optional<Path> outputsFile(Path originFile) {
        String name = originFile.getFileName().toString();
        if (!name.contains(ORIGIN_FORMAT_SUFFIX)) {
            return Optional.empty();
        }
        Path sibling = originFile.resolveSibling(name.replace(ORIGIN_FORMAT_SUFFIX, ""));
        return Files.isRegularFile(sibling) ? Optional.of(sibling) : Optional.empty();
    }

    private static Map<String, String> rows(Path file, Map<String, Comparison> tasks) {
        Map<String, String> rows = new HashMap<>();
        try (BufferedReader reader = Dataset.open(file)) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonRow row = new JsonRow(file, line, parse(file, line, text));
                String id = row.text("task_id");
                if (tasks.containsKey(id)) {
                    checkFields(row);
                    rows.put(id, text);
                }
            }
        } catch (IOException e) {
            throw new DatasetException(
                    "cannot read the EvalPlus data file " + file + ": " + e.getMessage()
                            + "; remove it to judge every problem by its OriginFmt test",
                    e);
        }
        return rows;
    }

    private static void checkFields(JsonRow row) {
        row.text("entry_point");
        row.text("canonical_solution");
        row.array("base_input");
        row.array("plus_input");
        JsonNode atol = row.node().get("atol");
        if (atol == null || !atol.isNumber()) {
            throw row.invalid("atol", atol == null ? "it is missing" : "it is not a number");
        }
    }

    private static JsonNode parse(Path file, int line, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file + " line " + line + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
