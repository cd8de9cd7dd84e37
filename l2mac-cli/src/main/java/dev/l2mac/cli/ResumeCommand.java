package dev.l2mac.cli;

import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.VerboseCommand;
import dev.l2mac.cli.invocation.VersionText;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code l2mac resume [run-id]}: continues a stopped or crashed run of the workspace where it stopped. */
@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
            "Continue a run that stopped (crash, closed laptop, limit reached) where it stopped.",
            "Nothing the model already answered is asked again and no finished tool call is repeated.",
            "Without a run id, the run that started last in the workspace is resumed. Limits may be raised."
        })
final class ResumeCommand implements Callable<Integer>, VerboseCommand {

    @Mixin
    RunOptions options;

    @Parameters(arity = "0..1", paramLabel = "<run-id>", description = "the run to resume (see l2mac runs)")
    @Nullable
    String runId;

    private final Invocation invocation;

    ResumeCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        return RunLauncher.resume(
                options.resolve(invocation), Optional.ofNullable(runId), invocation.out(), invocation.err());
    }

    @Override
    public boolean verbose() {
        return options != null && options.verbose;
    }
}
