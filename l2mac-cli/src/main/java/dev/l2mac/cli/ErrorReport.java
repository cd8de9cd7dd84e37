package dev.l2mac.cli;

import dev.l2mac.config.ConfigException;
import dev.l2mac.history.HistoryException;
import dev.l2mac.resume.ResumeException;
import dev.l2mac.run.WorkspaceLock;
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
final class ErrorReport {

    static final String PREFIX = "l2mac: ";

    int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(PREFIX + sentence(problem.getMessage()));
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
                err.println(PREFIX + config.getMessage());
                config.hint().ifPresent(err::println);
                yield ExitCode.USAGE;
            }
            case WorkspaceLock.WorkspaceBusyException busy -> {
                err.println(PREFIX + busy.getMessage());
                yield ExitCode.USAGE;
            }
            case HistoryException history -> {
                err.println(PREFIX + history.getMessage());
                yield ExitCode.RUN_FAILED;
            }
            case ResumeException resume -> {
                err.println(PREFIX + resume.getMessage());
                yield ExitCode.RUN_FAILED;
            }
            case UncheckedIOException disk -> {
                err.println(PREFIX + disk.getMessage());
                yield ExitCode.RUN_FAILED;
            }
            case InterruptedException interrupted -> {
                err.println(PREFIX + "interrupted");
                yield ExitCode.INTERRUPTED;
            }
            default -> {
                err.println(PREFIX + "unexpected failure: " + problem);
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
        return command instanceof DomainCommand run && run.verbose()
                || command instanceof ResumeCommand resume && resume.verbose()
                || command instanceof BenchmarkCommand eval && eval.verbose()
                || command instanceof DesignCommand design && design.verbose()
                || command instanceof DevBenchCommand devBench && devBench.verbose();
    }

    private static String sentence(@Nullable String message) {
        if (message == null || message.isEmpty()) {
            return "invalid command line";
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
