package dev.l2mac.cli.eval;

import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.ModelOptions;
import dev.l2mac.cli.invocation.VerboseCommand;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.config.ConfigException;
import dev.l2mac.eval.devbench.DevBenchException;
import dev.l2mac.eval.devbench.DevBenchTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code l2mac eval devbench --task DIR}: a codebase from a DevBench task's PRD and design documents, scored by the
 * task's own acceptance tests; with {@code --score DIR}, the scoring alone for an existing codebase.
 */
@Command(
        name = "devbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = "Generate a codebase from a DevBench task folder's PRD and design documents (never its "
                + "acceptance tests), then report how many of the task's acceptance tests pass on it.")
final class DevBenchCommand implements Callable<Integer>, VerboseCommand {
    static final int DEFAULT_TEST_TIMEOUT_SECONDS = 600;

    @Mixin
    ModelOptions model;

    @Option(
            names = "--task",
            paramLabel = "DIR",
            required = true,
            description = "a task folder in DevBench's layout, with its repo_config.json")
    Path task;

    @Option(names = "--score", paramLabel = "DIR", description = "score this existing codebase instead of generating")
    @Nullable
    Path score;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            defaultValue = BenchmarkCommand.DEFAULT_OUTPUT,
            description = "folder that receives one folder per evaluation (default: l2mac-eval)")
    Path output;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3", description = "the Python for pytest")
    String python;

    @Option(
            names = "--test-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + DEFAULT_TEST_TIMEOUT_SECONDS,
            description = "limit for the acceptance test run")
    int testTimeoutSeconds;

    @Option(names = "--require-sandbox", description = "refuse to run generated code without a sandbox")
    boolean requireSandbox;

    private final Invocation invocation;

    DevBenchCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        if (testTimeoutSeconds <= 0) {
            throw new ConfigException(
                    "--test-timeout must be positive, was " + testTimeoutSeconds,
                    "pass e.g. --test-timeout " + DEFAULT_TEST_TIMEOUT_SECONDS);
        }
        DevBenchTask devBenchTask;
        try {
            devBenchTask = DevBenchTask.read(resolve(task));
        } catch (DevBenchException e) {
            throw new ConfigException(e.getMessage(), "see DevBench's benchmark_data/python/<project>/ for the layout");
        }
        Path existing = score == null ? null : resolve(score);
        if (existing != null && !Files.isDirectory(existing)) {
            throw new ConfigException("no codebase folder at " + existing, "check the path given to --score");
        }
        DevBenchLauncher.Plan plan = new DevBenchLauncher.Plan(
                devBenchTask,
                existing,
                resolve(output),
                python,
                Duration.ofSeconds(testTimeoutSeconds),
                requireSandbox);
        // Scoring an existing codebase needs no model, so no model has to be configured for it.
        return DevBenchLauncher.launch(
                () -> model.resolve(invocation), invocation.environment(), plan, invocation.out(), invocation.err());
    }

    @Override
    public boolean verbose() {
        return model != null && model.verbose();
    }

    private Path resolve(Path path) {
        return invocation.workingDir().resolve(path).normalize();
    }
}
