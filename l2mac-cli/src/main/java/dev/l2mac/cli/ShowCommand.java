package dev.l2mac.cli;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.history.FileChange;
import dev.l2mac.history.HistoryException;
import dev.l2mac.history.WorkspaceHistory;
import dev.l2mac.llm.ModelText;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code l2mac show <run-id>}: the run's program with each instruction's status, handover summary, checks and the
 * files its commit changed, read from the run's event log and the workspace's git history.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
            "Show a run: its program, and for each instruction its status, summary, checks and the files"
                    + " its commit changed."
        })
final class ShowCommand implements Callable<Integer> {
    /** Characters of a check's details shown on its line. */
    static final int DETAILS_WIDTH = 100;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "<run-id>", description = "the run to show (see l2mac runs)")
    String runId;

    private final Invocation invocation;

    ShowCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path root = workspace.resolve(invocation);
        RunRecord run;
        try {
            run = RunRecord.read(RunFolder.existing(root, runId));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot show run " + runId + ": " + e.getMessage() + "; 'l2mac runs" + " --workspace " + root
                            + "' lists the runs there",
                    e);
        }
        PrintStream out = invocation.out();
        out.printf("Run %s (%s): %s%n", run.id(), run.domain(), run.status().written());
        out.printf("Task: %s%n", ModelText.inert(run.task()));
        if (!run.stack().isEmpty()) {
            out.printf("Stack: %s%n", run.stack());
        }
        out.printf(
                Locale.ROOT, "Tokens: %,d; cost: $%.4f%n", run.promptTokens() + run.completionTokens(), run.costUsd());
        if (!run.reason().isBlank()) {
            out.printf("Reason: %s%n", ModelText.inert(run.reason()));
        }
        try (WorkspaceHistory history =
                WorkspaceHistory.existing(root, Clock.systemUTC()).orElse(null)) {
            for (RunRecord.InstructionRecord instruction : run.instructions()) {
                print(out, instruction, Optional.ofNullable(history));
            }
        }
        return ExitCode.SUCCESS;
    }

    private static void print(
            PrintStream out, RunRecord.InstructionRecord instruction, Optional<WorkspaceHistory> history) {
        out.printf(
                "%n[%d] %s  %s%n",
                instruction.number(),
                instruction.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                ModelText.inert(instruction.text()));
        if (!instruction.summary().isBlank()) {
            out.printf("    summary: %s%n", ModelText.inert(instruction.summary()));
        }
        if (!instruction.reason().isBlank()) {
            out.printf("    reason: %s%n", ModelText.inert(instruction.reason()));
        }
        for (RunEvent.CheckReported check : instruction.checks()) {
            out.printf(
                    "    check %s: %s%s%n",
                    check.checker(),
                    check.outcome().written(),
                    check.details().isBlank()
                            ? ""
                            : " (" + ModelText.inert(RunsCommand.excerpt(check.details(), DETAILS_WIDTH)) + ")");
        }
        instruction
                .commit()
                .ifPresent(commit -> out.printf(
                        "    commit %s: %s%n",
                        ProgressPrinter.shortId(commit), ModelText.inert(files(commit, history))));
    }

    private static String files(String commit, Optional<WorkspaceHistory> history) {
        if (history.isEmpty()) {
            return "(the workspace has no git repository now)";
        }
        try {
            List<FileChange> changes = history.get().changedFiles(commit);
            return changes.isEmpty()
                    ? "no files changed"
                    : changes.stream().map(FileChange::describe).collect(Collectors.joining(", "));
        } catch (HistoryException e) {
            return "(not in the workspace's repository now)";
        }
    }
}
