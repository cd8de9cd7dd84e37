package dev.l2mac.cli;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.VerboseCommand;
import dev.l2mac.config.ConfigException;
import dev.l2mac.history.HistoryException;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.run.WorkspaceLock;
import dev.l2mac.stack.StackChoiceException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one {@code l2mac: <reason>} line, an optional hint, and an exit code; stack traces
 * appear only with {@code --verbose}.
 */
public final class ErrorReport {

    int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(Invocation.ERROR_PREFIX + sentence(problem.getMessage()));
        if (problem instanceof UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            err.println("Did you mean: " + String.join(", ", unmatched.getSuggestions()) + "?");
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE;
    }

    int runError(Exception problem, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        return switch (problem) {
            case ConfigException config -> {
                err.println(Invocation.ERROR_PREFIX + config.getMessage());
                config.hint().ifPresent(err::println);
                yield ExitCode.USAGE;
            }
            case StackChoiceException stack -> {
                err.println(Invocation.ERROR_PREFIX + stack.getMessage());
                yield ExitCode.USAGE;
            }
            case WorkspaceLock.WorkspaceBusyException busy -> {
                err.println(Invocation.ERROR_PREFIX + busy.getMessage());
                yield ExitCode.USAGE;
            }
            case HistoryException history -> {
                err.println(Invocation.ERROR_PREFIX + history.getMessage());
                yield ExitCode.RUN_FAILED;
            }
            case ResumeException resume -> {
                err.println(Invocation.ERROR_PREFIX + resume.getMessage());
                yield ExitCode.RUN_FAILED;
            }
            case UncheckedIOException disk -> {
                err.println(Invocation.ERROR_PREFIX + disk.getMessage());
                yield ExitCode.RUN_FAILED;
            }
            case InterruptedException interrupted -> {
                err.println(Invocation.ERROR_PREFIX + "interrupted");
                yield ExitCode.INTERRUPTED;
            }
            default -> {
                err.println(Invocation.ERROR_PREFIX + "unexpected failure: " + problem);
                if (verbose(command.getCommand())) {
                    problem.printStackTrace(err);
                } else {
                    err.println("Run again with --verbose to see the stack trace.");
                }
                yield ExitCode.RUN_FAILED;
            }
        };
    }

    private static boolean verbose(Object command) {
        return command instanceof VerboseCommand verbose && verbose.verbose();
    }

    private static String sentence(@Nullable String message) {
        if (message == null || message.isEmpty()) {
            return "invalid command line";
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
