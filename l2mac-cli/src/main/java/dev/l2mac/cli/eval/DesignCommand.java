package dev.l2mac.cli.eval;

import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.ModelOptions;
import dev.l2mac.cli.invocation.VerboseCommand;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code l2mac eval design --task FILE}: the paper's system-design protocol for one task description, over
 * several seeds; or, with {@code --score DIR}, the scoring alone for a codebase that already exists.
 */
@Command(
        name = "design",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = "Generate a codebase per seed for a task description with a '- [ ]' feature checklist, then "
                + "score it: features implemented (LLM judge), pylint errors, lines of code, tests passed.")
final class DesignCommand implements Callable<Integer>, VerboseCommand {
    static final int DEFAULT_SEEDS = 3;
    static final int DEFAULT_TOOL_TIMEOUT_SECONDS = 300;

    @Mixin
    ModelOptions model;

    @Option(
            names = "--task",
            paramLabel = "FILE",
            required = true,
            description = "the task description, with its feature checklist as '- [ ]' items")
    Path task;

    @Option(
            names = "--seeds",
            paramLabel = "N",
            defaultValue = "" + DEFAULT_SEEDS,
            description = "codebases to generate and score (default " + DEFAULT_SEEDS + ")")
    int seeds;

    @Option(names = "--score", paramLabel = "DIR", description = "score this existing codebase instead of generating")
    @Nullable
    Path score;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            defaultValue = BenchmarkCommand.DEFAULT_OUTPUT,
            description = "folder that receives one folder per evaluation (default: l2mac-eval)")
    Path output;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3", description = "the Python for the tools")
    String python;

    @Option(
            names = "--tool-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + DEFAULT_TOOL_TIMEOUT_SECONDS,
            description = "limit for each pylint or pytest run on a codebase")
    int toolTimeoutSeconds;

    @Option(names = "--require-sandbox", description = "refuse to run generated code without a sandbox")
    boolean requireSandbox;

    private final Invocation invocation;

    DesignCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        if (seeds < 1) {
            throw new ConfigException("--seeds must be at least 1, was " + seeds, "pass e.g. --seeds 3");
        }
        if (toolTimeoutSeconds <= 0) {
            throw new ConfigException(
                    "--tool-timeout must be positive, was " + toolTimeoutSeconds,
                    "pass e.g. --tool-timeout " + DEFAULT_TOOL_TIMEOUT_SECONDS);
        }
        Path taskFile = resolve(task);
        String description = read(taskFile);
        Path existing = score == null ? null : resolve(score);
        if (existing != null && !Files.isDirectory(existing)) {
            throw new ConfigException("no codebase folder at " + existing, "check the path given to --score");
        }
        DesignLauncher.Plan plan = new DesignLauncher.Plan(
                taskName(taskFile),
                description,
                seeds,
                existing,
                resolve(output),
                python,
                Duration.ofSeconds(toolTimeoutSeconds),
                requireSandbox);
        return DesignLauncher.launch(
                model.resolve(invocation), invocation.environment(), plan, invocation.out(), invocation.err());
    }

    @Override
    public boolean verbose() {
        return model != null && model.verbose();
    }

    /** The paper's tasks live in one folder each ({@code url_shortener/description.txt}): name them by folder. */
    private static String taskName(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path parent = file.getParent();
        return name.equals("description") && parent != null
                ? parent.getFileName().toString()
                : name;
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("task file " + file + " does not exist", "check the path given to --task");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot read task file " + file + ": " + e.getMessage(), "check that it is readable UTF-8 text");
        }
    }

    private Path resolve(Path path) {
        return invocation.workingDir().resolve(path).normalize();
    }
}
