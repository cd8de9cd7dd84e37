package dev.l2mac.cli;

import dev.l2mac.cli.invocation.InputFiles;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.VerboseCommand;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.config.Settings;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A run command for one domain ({@code codebase} or {@code book}): resolves the task and the settings, checks that
 * the files they name exist, and hands them to the launcher.
 */
abstract sealed class DomainCommand implements Callable<Integer>, VerboseCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Parameters(arity = "0..*", paramLabel = "<task>", description = "what to build, in plain words (quote it)")
    @Nullable
    List<String> taskWords;

    @Option(names = "--task-file", paramLabel = "FILE", description = "read the task from FILE instead")
    @Nullable
    String taskFile;

    private final Invocation invocation;
    private final String domain;
    private final String example;

    DomainCommand(Invocation invocation, String domain, String example) {
        this.invocation = invocation;
        this.domain = domain;
        this.example = example;
    }

    @Override
    public Integer call() {
        String task = task();
        Settings settings = settings();
        return invocation.launcher().launch(settings, domain, task, invocation.out(), invocation.err());
    }

    @Override
    public boolean verbose() {
        return options != null && options.verbose;
    }

    private String task() {
        boolean inline = taskWords != null && !taskWords.isEmpty();
        if (inline && taskFile != null) {
            throw new ParameterException(
                    spec.commandLine(), "give the task either as text or with --task-file, " + "not both");
        }
        if (taskFile != null) {
            return InputFiles.readTask(invocation.workingDir().resolve(taskFile));
        }
        String task = inline ? String.join(" ", taskWords).strip() : "";
        if (task.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "no task given; pass it as text, e.g. l2mac " + domain + " \"" + example
                            + "\", or use --task-file FILE");
        }
        return task;
    }

    private Settings settings() {
        return options.resolve(invocation);
    }

    @Command(
            name = "codebase",
            mixinStandardHelpOptions = true,
            versionProvider = VersionText.class,
            description = "Build a multi-file codebase for the task, checking syntax and tests as it goes.")
    static final class Codebase extends DomainCommand {
        Codebase(Invocation invocation) {
            super(invocation, "codebase", "Build a URL shortener web app with tests");
        }
    }

    @Command(
            name = "book",
            mixinStandardHelpOptions = true,
            versionProvider = VersionText.class,
            description = "Write a long text (a book, a report) for the task, one section per instruction.")
    static final class Book extends DomainCommand {
        Book(Invocation invocation) {
            super(invocation, "book", "Write a field guide to the birds of Lisbon");
        }
    }
}
