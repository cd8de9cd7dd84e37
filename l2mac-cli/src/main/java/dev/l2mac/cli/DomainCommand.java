package dev.l2mac.cli;

import dev.l2mac.config.ConfigException;
import dev.l2mac.config.Settings;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
abstract sealed class DomainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Parameters(arity = "0..*", paramLabel = "<task>", description = "what to build, in plain words (quote it)")
    List<String> taskWords;

    @Option(names = "--task-file", paramLabel = "FILE", description = "read the task from FILE instead")
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

    boolean verbose() {
        return options != null && options.verbose;
    }

    private String task() {
        boolean inline = taskWords != null && !taskWords.isEmpty();
        if (inline && taskFile != null) {
            throw new ParameterException(spec.commandLine(), "give the task either as text or with --task-file, "
                    + "not both");
        }
        if (taskFile != null) {
            return readTaskFile(invocation.workingDir().resolve(taskFile));
        }
        String task = inline ? String.join(" ", taskWords).strip() : "";
        if (task.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no task given; pass it as text, e.g. l2mac " + domain
                    + " \"" + example + "\", or use --task-file FILE");
        }
        return task;
    }

    private String readTaskFile(Path file) {
        requireReadableFile(file, "task file", "--task-file");
        try {
            String task = Files.readString(file).strip();
            if (task.isEmpty()) {
                throw new ConfigException("task file " + file + " is empty", "write the task into it, in plain words");
            }
            return task;
        } catch (MalformedInputException notText) {
            throw new ConfigException("task file " + file + " is not UTF-8 text", "save it as UTF-8 text");
        } catch (IOException unreadable) {
            throw new ConfigException("cannot read task file " + file + ": " + unreadable.getMessage(),
                    "check that the file is readable");
        }
    }

    private Settings settings() {
        return options.resolve(invocation);
    }

    static void requireReadableFile(Path file, String what, String givenBy) {
        if (!Files.exists(file)) {
            throw new ConfigException(what + " " + file + " does not exist", "check the path given to " + givenBy);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException(what + " " + file + " is not a readable file",
                    "check the path given to " + givenBy + " and the file's permissions");
        }
    }

    @Command(name = "codebase", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
            description = "Build a multi-file codebase for the task, checking syntax and tests as it goes.")
    static final class Codebase extends DomainCommand {
        Codebase(Invocation invocation) {
            super(invocation, "codebase", "Build a URL shortener web app with tests");
        }
    }

    @Command(name = "book", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
            description = "Write a long text (a book, a report) for the task, one section per instruction.")
    static final class Book extends DomainCommand {
        Book(Invocation invocation) {
            super(invocation, "book", "Write a field guide to the birds of Lisbon");
        }
    }
}
