package dev.l2mac.cli.eval;

import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.ModelOptions;
import dev.l2mac.cli.invocation.VerboseCommand;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.config.ConfigException;
import dev.l2mac.eval.Benchmark;
import dev.l2mac.eval.EvalSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code l2mac eval humaneval|humaneval+|mbpp+}: resolves the model settings and the evaluation's options, finds
 * the data file, and hands them to {@link EvalLauncher}.
 */
@Command(
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = "Generate a candidate per problem and sample, run each against the dataset's tests in a "
                + "subprocess (sandboxed when bubblewrap works here), and report pass@k.")
final class BenchmarkCommand implements Callable<Integer>, VerboseCommand {
    /** Long enough for the slowest published tests (about 20 s of CPU) on a shared machine. */
    static final int DEFAULT_TIMEOUT_SECONDS = 120;

    static final String DEFAULT_OUTPUT = "l2mac-eval";

    @Mixin
    ModelOptions model;

    @Option(
            names = "--data",
            paramLabel = "PATH",
            description = "the benchmark's data file (.jsonl or .jsonl.gz), "
                    + "or a folder holding humaneval/ and evalplus/ as published")
    @Nullable
    Path data;

    @Option(
            names = "--method",
            paramLabel = "HOW",
            defaultValue = "l2mac",
            description = "l2mac (the whole machine per problem, default) or direct (one request per candidate)")
    String method;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1", description = "candidates per problem")
    int samples;

    @Option(
            names = "--pass-at",
            paramLabel = "K",
            split = ",",
            defaultValue = "1",
            description = "the k of pass@k to report, comma-separated, each at most --samples (default 1)")
    List<Integer> ks;

    @Option(names = "--parallel", paramLabel = "N", description = "samples worked on at once (default: one per core)")
    @Nullable
    Integer parallel;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + DEFAULT_TIMEOUT_SECONDS,
            description = "per-problem limit for running the tests; a candidate still running fails")
    int timeoutSeconds;

    @Option(
            names = "--problems",
            paramLabel = "IDS",
            split = ",",
            description = "only these problems, e.g. HumanEval/0")
    @Nullable
    List<String> problems;

    @Option(names = "--limit", paramLabel = "N", description = "only the first N problems")
    @Nullable
    Integer limit;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            defaultValue = DEFAULT_OUTPUT,
            description = "folder that receives one folder per evaluation (default: l2mac-eval)")
    Path output;

    @Option(
            names = "--python",
            paramLabel = "EXE",
            defaultValue = "python3",
            description = "the Python to run tests with")
    String python;

    @Option(names = "--require-sandbox", description = "refuse to run generated code without a sandbox")
    boolean requireSandbox;

    private final Invocation invocation;
    private final Benchmark benchmark;

    BenchmarkCommand(Invocation invocation, Benchmark benchmark) {
        this.invocation = invocation;
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() throws InterruptedException {
        EvalLauncher.Plan plan = new EvalLauncher.Plan(
                benchmark,
                dataFile(),
                method(),
                evalSettings(),
                timeout(),
                problems == null ? List.of() : problems,
                limit,
                resolve(output),
                python,
                requireSandbox);
        return EvalLauncher.launch(
                model.resolve(invocation), invocation.environment(), plan, invocation.out(), invocation.err());
    }

    @Override
    public boolean verbose() {
        return model != null && model.verbose();
    }

    private Path dataFile() {
        if (data == null) {
            throw new ConfigException(
                    "no benchmark data given",
                    "pass --data with the " + benchmark.command()
                            + " data file, or a folder holding humaneval/ and evalplus/ (see docs/evaluation.md)");
        }
        Path given = resolve(data);
        Path file = Files.isDirectory(given) ? benchmark.defaultFile(given) : given;
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(
                    "no " + benchmark.command() + " data file at " + file,
                    "check the path given to --data; the published file is named "
                            + benchmark.defaultFile(Path.of("")).getFileName());
        }
        return file;
    }

    private String method() {
        if (!List.of(EvalLauncher.L2MAC, EvalLauncher.DIRECT).contains(method)) {
            throw new ConfigException("unknown --method '" + method + "'", "use --method l2mac or --method direct");
        }
        return method;
    }

    private EvalSettings evalSettings() {
        try {
            return new EvalSettings(
                    samples, ks, parallel == null ? Runtime.getRuntime().availableProcessors() : parallel);
        } catch (IllegalArgumentException invalid) {
            throw new ConfigException(invalid.getMessage(), "check --samples, --pass-at and --parallel");
        }
    }

    private Duration timeout() {
        if (timeoutSeconds <= 0) {
            throw new ConfigException(
                    "--timeout must be a positive number of seconds, was " + timeoutSeconds,
                    "pass e.g. --timeout " + DEFAULT_TIMEOUT_SECONDS);
        }
        if (limit != null && limit <= 0) {
            throw new ConfigException("--limit must be positive, was " + limit, "pass e.g. --limit 10");
        }
        return Duration.ofSeconds(timeoutSeconds);
    }

    private Path resolve(Path path) {
        return invocation.workingDir().resolve(path).normalize();
    }
}
