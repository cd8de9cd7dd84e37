package dev.l2mac.cli.eval;

import dev.l2mac.api.ConfiguredModel;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.SandboxChoice;
import dev.l2mac.config.Settings;
import dev.l2mac.eval.design.L2macCodebaseWriter;
import dev.l2mac.eval.devbench.AcceptanceRun;
import dev.l2mac.eval.devbench.DevBenchEvaluation;
import dev.l2mac.eval.devbench.DevBenchReport;
import dev.l2mac.eval.devbench.DevBenchTask;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.Limits;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The composition root of {@code l2mac eval devbench}: model, sandboxed test runs, generation, reports. */
final class DevBenchLauncher {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What to evaluate, as resolved from the command line; {@code existing} is null unless scoring only. */
    record Plan(
            DevBenchTask task,
            @Nullable Path existing,
            Path output,
            String python,
            Duration testTimeout,
            boolean requireSandbox) {}

    private DevBenchLauncher() {}

    static int launch(
            Supplier<Settings> resolveSettings,
            Map<String, String> environment,
            Plan plan,
            PrintStream out,
            PrintStream err) {
        Path existing = plan.existing();
        if (existing != null) {
            AcceptanceRun acceptance = acceptance(plan, Limits.DEFAULTS, err);
            Path folder = folder(plan);
            out.println("Scoring " + existing + " against the acceptance tests of "
                    + plan.task().name());
            DevBenchEvaluation.Result result = new DevBenchEvaluation((task, stack, workspace) -> "given", acceptance)
                    .score(plan.task(), existing, "given", folder);
            return report(result, "given codebase", folder, out);
        }
        Settings settings = resolveSettings.get();
        AcceptanceRun acceptance = acceptance(plan, settings.run().limits(), err);
        Path folder = folder(plan);
        LlmClient model = ConfiguredModel.connect(settings.llm(), environment);
        String modelName = model.modelName();
        out.println("Generating " + plan.task().name() + " with " + modelName + " into " + folder
                + "/codebase, then running its acceptance tests");
        out.println("Stack: " + plan.task().language().stackNote());
        DevBenchEvaluation.Result result = new DevBenchEvaluation(
                        new L2macCodebaseWriter(
                                model,
                                EvalLauncher.runSettings(settings, plan.output(), plan.requireSandbox()),
                                RetryPolicy.DEFAULT,
                                RunListener.NONE),
                        acceptance)
                .run(plan.task(), folder);
        out.println("Run: " + result.runOutcome());
        return report(result, modelName, folder, out);
    }

    private static AcceptanceRun acceptance(Plan plan, Limits limits, PrintStream err) {
        return new AcceptanceRun(
                SandboxChoice.runner(plan.requireSandbox(), err),
                plan.python(),
                plan.testTimeout(),
                limits.toolOutputMaxChars());
    }

    private static Path folder(Plan plan) {
        return plan.output().resolve("devbench-" + plan.task().name() + "-" + STAMP.format(Instant.now()));
    }

    private static int report(DevBenchEvaluation.Result result, String modelName, Path folder, PrintStream out) {
        try {
            Path report = DevBenchReport.write(result, modelName, folder.resolve("report"));
            out.println(DevBenchReport.summary(result.acceptance()) + "; reports: " + report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + folder + ": " + e.getMessage(), e);
        }
        return ExitCode.SUCCESS;
    }
}
