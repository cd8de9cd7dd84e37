package dev.l2mac.cli.eval;

import dev.l2mac.api.ConfiguredModel;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.SandboxChoice;
import dev.l2mac.config.ConfigException;
import dev.l2mac.config.Settings;
import dev.l2mac.eval.Benchmark;
import dev.l2mac.eval.CandidateRunner;
import dev.l2mac.eval.Dataset;
import dev.l2mac.eval.DatasetException;
import dev.l2mac.eval.DirectGenerator;
import dev.l2mac.eval.EvalReport;
import dev.l2mac.eval.EvalResult;
import dev.l2mac.eval.EvalSettings;
import dev.l2mac.eval.Evaluation;
import dev.l2mac.eval.Generator;
import dev.l2mac.eval.L2macGenerator;
import dev.l2mac.eval.Verdict;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.RetryingLlmClient;
import dev.l2mac.llm.Sleeper;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The composition root of {@code l2mac eval <benchmark>}: reads the data, connects the model, picks the generator
 * and the (sandboxed when possible) process runner, runs the evaluation with a progress bar and writes the reports.
 */
final class EvalLauncher {
    static final String L2MAC = "l2mac";
    static final String DIRECT = "direct";

    /** What to evaluate and how, as resolved from the command line. */
    record Plan(
            Benchmark benchmark,
            Path dataFile,
            String method,
            EvalSettings settings,
            Duration timeout,
            List<String> problems,
            @Nullable Integer limit,
            Path output,
            String python,
            boolean requireSandbox) {}

    private EvalLauncher() {}

    static int launch(Settings settings, Map<String, String> environment, Plan plan, PrintStream out, PrintStream err)
            throws InterruptedException {
        Dataset dataset = dataset(plan);
        ProcessRunner processes = SandboxChoice.runner(plan.requireSandbox(), err);
        LlmClient model = ConfiguredModel.connect(settings.llm(), environment);
        Clock clock = Clock.systemUTC();
        Path folder = plan.output().resolve(EvalReport.folderName(plan.benchmark(), plan.method(), clock));
        Generator generator = generator(plan, settings, model, folder, err);
        CandidateRunner runner = new CandidateRunner(
                processes,
                plan.python(),
                plan.timeout(),
                settings.run().limits().toolOutputMaxChars());
        out.printf(
                Locale.ROOT,
                "Evaluating %s with %s (%s): %d problems x %d samples, %d at once, timeout %d s%n",
                plan.benchmark().command(),
                model.modelName(),
                plan.method(),
                dataset.problems().size(),
                plan.settings().samples(),
                plan.settings().parallelism(),
                plan.timeout().toSeconds());
        EvalResult result = new Evaluation(generator, runner, plan.settings(), clock)
                .run(dataset, model.modelName(), plan.timeout(), new EvalProgressBar(out));
        Path report = write(result, folder);
        result.passAtK().forEach((k, value) -> out.printf(Locale.ROOT, "pass@%d: %.1f%%%n", k, value * 100));
        out.printf(
                "Solved %d of %d problems.%n",
                result.problemsSolved(), result.problems().size());
        result.knownIssues().forEach((id, issue) -> out.println("Known dataset issue, " + id + ": " + issue));
        out.println("Reports: " + report + " (and report.json, chart.png beside it)");
        if (result.verdictCounts().getOrDefault("not-run", 0)
                == result.problems().size() * plan.settings().samples()) {
            err.println(Invocation.ERROR_PREFIX + "the model wrote no candidate at all; the first reason: "
                    + firstReason(result));
            return ExitCode.PROVIDER;
        }
        return ExitCode.SUCCESS;
    }

    private static String firstReason(EvalResult result) {
        for (var problem : result.problems()) {
            for (var sample : problem.samples()) {
                if (sample.verdict() instanceof Verdict.NotRun notRun) {
                    return notRun.reason();
                }
            }
        }
        return "";
    }

    private static Dataset dataset(Plan plan) {
        try {
            Dataset dataset = Dataset.read(plan.benchmark(), plan.dataFile());
            if (!plan.problems().isEmpty()) {
                dataset = dataset.only(plan.problems());
            }
            Integer limit = plan.limit();
            return limit == null ? dataset : dataset.first(limit);
        } catch (DatasetException e) {
            throw new ConfigException(
                    e.getMessage(),
                    "pass --data with the published " + plan.benchmark().command() + " file, and problem ids from it");
        }
    }

    /** {@code model} with retryable failures tried again under the default policy, each retry said on {@code err}. */
    static LlmClient retrying(LlmClient model, PrintStream err) {
        return new RetryingLlmClient(
                model,
                RetryPolicy.DEFAULT,
                Sleeper.REAL,
                (failure, wait) -> err.printf(
                        Locale.ROOT, "%s; retrying in %.1f s%n", failure.getMessage(), wait.toMillis() / 1000.0));
    }

    private static Generator generator(Plan plan, Settings settings, LlmClient model, Path folder, PrintStream err) {
        double temperature = settings.run().temperature();
        if (DIRECT.equals(plan.method())) {
            return new DirectGenerator(
                    retrying(model, err), temperature, settings.run().limits().maxOutputTokens());
        }
        return new L2macGenerator(
                model, runSettings(settings, folder.resolve("workspaces"), plan.requireSandbox()), RetryPolicy.DEFAULT);
    }

    /**
     * The settings of an evaluation's runs: the configured limits and temperature, with every check, every tool and
     * no context savings, in {@code workspace}, refusing to run without a sandbox when {@code requireSandbox}.
     */
    static RunSettings runSettings(Settings settings, Path workspace, boolean requireSandbox) {
        return RunSettings.defaults(workspace)
                .withLimits(settings.run().limits())
                .withTemperature(settings.run().temperature())
                .withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of()).withRequireSandbox(requireSandbox));
    }

    private static Path write(EvalResult result, Path folder) {
        try {
            return EvalReport.write(result, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + folder + ": " + e.getMessage(), e);
        }
    }
}
