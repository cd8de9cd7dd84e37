package dev.l2mac.cli;

import dev.l2mac.cli.eval.EvalCommand;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code l2mac} command line entry point; exits with a code from {@link ExitCode}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(execute(args, Invocation.ofProcess(RunLauncher::launch)));
    }

    static int execute(String[] args, Invocation invocation) {
        ErrorReport report = new ErrorReport();
        CommandLine command = new CommandLine(new L2macCommand())
                .addSubcommand(new DomainCommand.Codebase(invocation))
                .addSubcommand(new DomainCommand.Book(invocation))
                .addSubcommand("eval", EvalCommand.commandLine(invocation))
                .addSubcommand(new ReplayCommand(invocation))
                .addSubcommand(new ResumeCommand(invocation))
                .addSubcommand(new DepsCommand(invocation))
                .addSubcommand(new RunsCommand(invocation))
                .addSubcommand(new ShowCommand(invocation))
                .addSubcommand(new UndoCommand(invocation))
                .setOut(new PrintWriter(invocation.out(), true))
                .setErr(new PrintWriter(invocation.err(), true))
                .setParameterExceptionHandler(report::usageError)
                .setExecutionExceptionHandler(report::runError);
        return command.execute(args);
    }
}
