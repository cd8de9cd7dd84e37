package dev.l2mac.cli.eval;

import dev.l2mac.api.ConfiguredModel;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.SandboxChoice;
import dev.l2mac.config.ConfigException;
import dev.l2mac.config.Settings;
import dev.l2mac.eval.design.CodebaseMeter;
import dev.l2mac.eval.design.DesignEvaluation;
import dev.l2mac.eval.design.DesignReport;
import dev.l2mac.eval.design.DesignResult;
import dev.l2mac.eval.design.FeatureChecklist;
import dev.l2mac.eval.design.Judge;
import dev.l2mac.eval.design.L2macCodebaseWriter;
import dev.l2mac.eval.design.SeedResult;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.run.RunListener;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The composition root of {@code l2mac eval design}: model, judge, sandboxed tools, seeds, reports. */
final class DesignLauncher {
    /** The most code the judge is shown; the paper's codebases fit well within it. */
    static final int JUDGE_MAX_CODE_CHARS = 200_000;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What to evaluate, as resolved from the command line; {@code existing} is null unless scoring only. */
    record Plan(
            String taskName,
            String description,
            int seeds,
            @Nullable Path existing,
            Path output,
            String python,
            Duration toolTimeout,
            boolean requireSandbox) {}

    private DesignLauncher() {}

    static int launch(Settings settings, Map<String, String> environment, Plan plan, PrintStream out, PrintStream err) {
        FeatureChecklist checklist = checklist(plan);
        LlmClient model = ConfiguredModel.connect(settings.llm(), environment);
        LlmClient retrying = EvalLauncher.retrying(model, err);
        Judge judge = new Judge(
                retrying, JUDGE_MAX_CODE_CHARS, settings.run().limits().maxOutputTokens());
        CodebaseMeter meter = new CodebaseMeter(
                SandboxChoice.runner(plan.requireSandbox(), err),
                plan.python(),
                plan.toolTimeout(),
                settings.run().limits().toolOutputMaxChars());
        DesignEvaluation evaluation = new DesignEvaluation(
                new L2macCodebaseWriter(
                        model,
                        EvalLauncher.runSettings(settings, plan.output(), plan.requireSandbox()),
                        RetryPolicy.DEFAULT,
                        RunListener.NONE),
                judge,
                meter);
        Path existing = plan.existing();
        Path folder = plan.output().resolve("design-" + plan.taskName() + "-" + STAMP.format(Instant.now()));
        out.printf(
                "Design evaluation of %s with %s: %d features on the checklist%s%n",
                plan.taskName(),
                model.modelName(),
                checklist.size(),
                existing == null ? ", " + plan.seeds() + " seed(s)" : ", scoring " + existing);
        DesignResult result;
        if (existing != null) {
            SeedResult scored = evaluation.score(1, existing, "given", checklist);
            result = new DesignResult(plan.taskName(), model.modelName(), checklist, List.of(scored), Duration.ZERO);
        } else {
            result = evaluation.run(
                    plan.taskName(),
                    plan.description(),
                    model.modelName(),
                    plan.seeds(),
                    folder,
                    seed -> out.printf(
                            "seed %d: run %s; judge %s%n",
                            seed.seed(),
                            seed.runOutcome(),
                            seed.verdict().getClass().getSimpleName().toLowerCase(Locale.ROOT)));
        }
        Path report = write(result, folder);
        out.println("Features implemented: " + result.featuresPercent().format("%.1f") + "%; reports: " + report);
        return ExitCode.SUCCESS;
    }

    private static FeatureChecklist checklist(Plan plan) {
        try {
            return FeatureChecklist.parse(plan.description());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), "see the paper's tasks in l2mac-tasks/*/description.txt");
        }
    }

    private static Path write(DesignResult result, Path folder) {
        try {
            return DesignReport.write(result, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + folder + ": " + e.getMessage(), e);
        }
    }
}
