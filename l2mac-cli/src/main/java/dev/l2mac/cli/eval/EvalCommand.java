package dev.l2mac.cli.eval;

import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.eval.Benchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code l2mac eval}: the paper's benchmarks; it only lists them, and running it without one is a usage error. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
            "Evaluate a model with L2MAC (or one direct call) on the paper's benchmarks.",
            "Reports (JSON, Markdown, PNG chart) are written into a folder per evaluation."
        })
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The command with one subcommand per benchmark. */
    public static CommandLine commandLine(Invocation invocation) {
        CommandLine eval = new CommandLine(new EvalCommand());
        for (Benchmark benchmark : Benchmark.values()) {
            eval.addSubcommand(benchmark.command(), new BenchmarkCommand(invocation, benchmark));
        }
        eval.addSubcommand("design", new DesignCommand(invocation));
        eval.addSubcommand("devbench", new DevBenchCommand(invocation));
        eval.addSubcommand("polyglot", new PolyglotCommand(invocation));
        return eval;
    }

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "no benchmark given; choose one of: "
                        + String.join(", ", spec.subcommands().keySet()));
    }
}
