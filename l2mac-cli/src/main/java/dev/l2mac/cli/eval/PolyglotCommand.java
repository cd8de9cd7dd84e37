package dev.l2mac.cli.eval;

import dev.l2mac.api.ConfiguredModel;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.ModelOptions;
import dev.l2mac.cli.invocation.SandboxChoice;
import dev.l2mac.cli.invocation.VerboseCommand;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.config.ConfigException;
import dev.l2mac.config.Settings;
import dev.l2mac.eval.polyglot.PolyglotEvaluation;
import dev.l2mac.eval.polyglot.PolyglotException;
import dev.l2mac.eval.polyglot.PolyglotLanguage;
import dev.l2mac.eval.polyglot.PolyglotPlan;
import dev.l2mac.eval.polyglot.PolyglotResult;
import dev.l2mac.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code l2mac eval polyglot}: Aider's polyglot benchmark over the Exercism exercises of one language; the model
 * sees each exercise's instructions and stub files, never its tests, which then run in the sandbox.
 */
@Command(
        name = "polyglot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = "Complete Exercism exercises of one language from their instructions and stubs (never their "
                + "tests), by the whole machine or one direct request, then run each exercise's tests; reports the "
                + "pass rate after each attempt.")
final class PolyglotCommand implements Callable<Integer>, VerboseCommand {
    @Mixin
    ModelOptions model;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            required = true,
            description = "the benchmark's folder, with <language>/exercises/practice/<exercise>/")
    Path data;

    @Option(names = "--language", paramLabel = "NAME", required = true, description = "java, python or javascript")
    String language;

    @Option(
            names = "--exercises",
            paramLabel = "NAMES",
            split = ",",
            description = "only these exercises, separated by commas (default: all of the language)")
    List<String> exercises = List.of();

    @Option(
            names = "--method",
            paramLabel = "METHOD",
            defaultValue = "l2mac",
            description = "l2mac (the whole machine in a copy of the stub) or direct (one request returns the files)")
    String method;

    @Option(
            names = "--attempts",
            paramLabel = "N",
            defaultValue = "1",
            description = "1, or 2 to let a second attempt see the failing test output")
    int attempts;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "180",
            description = "limit for one exercise's test run (default 180)")
    int timeoutSeconds;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            defaultValue = BenchmarkCommand.DEFAULT_OUTPUT,
            description = "folder that receives the reports (default: l2mac-eval)")
    Path output;

    @Option(names = "--require-sandbox", description = "refuse to run generated code without a sandbox")
    boolean requireSandbox;

    private final Invocation invocation;

    PolyglotCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        if (timeoutSeconds <= 0) {
            throw new ConfigException("--timeout must be positive, was " + timeoutSeconds, "pass e.g. --timeout 180");
        }
        PolyglotPlan plan;
        try {
            plan = PolyglotPlan.of(
                            resolve(data),
                            PolyglotLanguage.parse(language),
                            exercises,
                            PolyglotPlan.Method.parse(method),
                            attempts,
                            resolve(output))
                    .withTimeout(Duration.ofSeconds(timeoutSeconds));
        } catch (PolyglotException invalid) {
            throw new ConfigException(invalid.getMessage(), "see l2mac eval polyglot --help");
        }
        Settings settings = model.resolve(invocation);
        plan = plan.withRun(EvalLauncher.runSettings(settings, plan.output(), requireSandbox)
                .withChecks(settings.run().checks()));
        ProcessRunner runner = SandboxChoice.runner(requireSandbox, invocation.err());
        ProcessRunner installer = SandboxChoice.installer(requireSandbox);
        try {
            PolyglotResult result = PolyglotEvaluation.run(
                    plan,
                    EvalLauncher.retrying(
                            ConfiguredModel.connect(settings.llm(), invocation.environment()), invocation.err()),
                    runner,
                    installer,
                    invocation.out());
            return result.passed() == result.exercises().size() ? ExitCode.SUCCESS : ExitCode.RUN_FAILED;
        } catch (PolyglotException invalid) {
            throw new ConfigException(invalid.getMessage(), "check --data and --exercises");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reports into " + plan.output(), e);
        }
    }

    @Override
    public boolean verbose() {
        return model != null && model.verbose();
    }

    private Path resolve(Path path) {
        return invocation.workingDir().resolve(path).normalize();
    }
}
