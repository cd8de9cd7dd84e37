package dev.l2mac.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The function-level benchmarks of the paper, each read from one data file in its published format: HumanEval
 * (openai/human-eval), HumanEval+ and MBPP+ in EvalPlus's "OriginFmt", whose {@code test} field is an executable
 * test program.
 */
public enum Benchmark {
    HUMANEVAL("humaneval", "humaneval/HumanEval.jsonl.gz") {
        @Override
        Problem problem(JsonRow row) {
            return checkFunctionProblem(row);
        }
    },
    HUMANEVAL_PLUS("humaneval+", "evalplus/HumanEvalPlus-OriginFmt.jsonl.gz") {
        @Override
        Problem problem(JsonRow row) {
            return checkFunctionProblem(row);
        }
    },
    MBPP_PLUS("mbpp+", "evalplus/MbppPlus-OriginFmt.jsonl.gz") {
        @Override
        Problem problem(JsonRow row) {
            return mbppProblem(row);
        }
    };

    private static final Pattern TOP_LEVEL_DEF = Pattern.compile("(?m)^def\\s+([A-Za-z_]\\w*)\\s*\\(");

    private final String command;
    private final String defaultFile;

    Benchmark(String command, String defaultFile) {
        this.command = command;
        this.defaultFile = defaultFile;
    }

    /** The name users type, as in {@code l2mac eval humaneval+}. */
    public String command() {
        return command;
    }

    /** Where the data file lies under a data folder laid out like the published repositories. */
    public Path defaultFile(Path dataRoot) {
        return dataRoot.resolve(defaultFile);
    }

    public static Optional<Benchmark> byCommand(String command) {
        return Arrays.stream(values()).filter(b -> b.command.equals(command)).findFirst();
    }

    public static List<String> commands() {
        return Arrays.stream(values()).map(Benchmark::command).toList();
    }

    /** Reads one row of the data file; a missing or mistyped field is a {@link DatasetException}. */
    abstract Problem problem(JsonRow row);

    /** HumanEval's format: the model completes {@code prompt}; {@code test} defines {@code check(candidate)}. */
    private static Problem checkFunctionProblem(JsonRow row) {
        String prompt = row.text("prompt");
        String entryPoint = row.text("entry_point");
        String test = row.text("test") + "\n\ncheck(" + entryPoint + ")\n";
        return new Problem(row.text("task_id"), prompt, entryPoint, prompt + row.text("canonical_solution"), test);
    }

    /**
     * MBPP+ OriginFmt: {@code test} calls the function by name at module level. The prompt is rendered as EvalPlus
     * renders it for models: the description and the first example assertion, in a docstring.
     */
    private static Problem mbppProblem(JsonRow row) {
        JsonNode examples = row.array("test_list");
        if (examples.isEmpty()) {
            throw row.invalid("test_list", "it has no example assertion");
        }
        String example = examples.get(0).asText();
        String prompt = "\"\"\"\n" + row.text("prompt") + "\n" + example + "\n\"\"\"\n";
        StringBuilder test = new StringBuilder();
        for (JsonNode line : row.array("test_imports")) {
            test.append(line.asText()).append('\n');
        }
        test.append(row.text("test")).append('\n');
        String id = "Mbpp/" + row.integer("task_id");
        return new Problem(id, prompt, entryPointOf(row, example), row.text("code"), test.toString());
    }

    /**
     * MBPP rows name no entry point: it is the first function the reference code defines at top level that the first
     * example assertion calls (this agrees with EvalPlus's own {@code entry_point} on all 378 problems).
     */
    private static String entryPointOf(JsonRow row, String example) {
        Matcher definitions = TOP_LEVEL_DEF.matcher(row.text("code"));
        while (definitions.find()) {
            String name = definitions.group(1);
            if (Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\(")
                    .matcher(example)
                    .find()) {
                return name;
            }
        }
        throw row.invalid("code", "it defines no function that the first example assertion calls: " + example);
    }
}
