package dev.l2mac.cli;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.llm.ModelText;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunRecord;
import dev.l2mac.run.RunStatus;
import dev.l2mac.run.WorkspaceLock;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code l2mac runs}: the runs of a workspace, oldest first, with how far each got and what it spent. */
@Command(
        name = "runs",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
            "List the runs of a workspace: id, status, instructions done, tokens, cost, start, duration" + " and task.",
            "A run that stopped without finishing and is not going on now shows as interrupted;"
                    + " 'l2mac resume <run-id>' continues it."
        })
final class RunsCommand implements Callable<Integer> {
    /** Characters of the task shown in the table; 'l2mac show' has it whole. */
    static final int TASK_WIDTH = 60;

    static final String INTERRUPTED = "interrupted";
    private static final String ELLIPSIS = "...";
    private static final DateTimeFormatter STARTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String ROW = "%-20s  %-14s  %5s  %10s  %9s  %-16s  %8s  %s%n";

    @Mixin
    WorkspaceOption workspace;

    private final Invocation invocation;

    RunsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path root = workspace.resolve(invocation);
        PrintStream out = invocation.out();
        try {
            List<RunFolder> folders = RunFolder.all(root);
            if (folders.isEmpty()) {
                out.println("No runs in " + root + "; start one with l2mac codebase \"<task>\".");
                return ExitCode.SUCCESS;
            }
            List<RunRecord> runs = new ArrayList<>();
            for (RunFolder folder : folders) {
                runs.add(RunRecord.read(folder));
            }
            boolean active = isBusy(root);
            out.printf(ROW, "ID", "STATUS", "DONE", "TOKENS", "COST", "STARTED (UTC)", "TIME", "TASK");
            for (int i = 0; i < runs.size(); i++) {
                RunRecord run = runs.get(i);
                boolean going = active && i == runs.size() - 1;
                out.printf(
                        ROW,
                        run.id(),
                        status(run, going),
                        run.instructionsCompleted() + "/" + run.instructions().size(),
                        String.format(Locale.ROOT, "%,d", run.promptTokens() + run.completionTokens()),
                        String.format(Locale.ROOT, "$%.4f", run.costUsd()),
                        run.started().map(STARTED::format).orElse("?"),
                        run.duration().map(RunsCommand::duration).orElse("?"),
                        ModelText.inert(excerpt(run.task(), TASK_WIDTH)));
            }
            return ExitCode.SUCCESS;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not read the runs in " + root.resolve(RunFolder.RUNS_DIR) + ": " + e.getMessage(), e);
        }
    }

    /** A run recorded as running is interrupted unless it is the latest and the workspace is locked now. */
    static String status(RunRecord run, boolean going) {
        return run.status() == RunStatus.RUNNING && !going
                ? INTERRUPTED
                : run.status().written();
    }

    private static boolean isBusy(Path root) {
        try (WorkspaceLock ignored = WorkspaceLock.acquire(root)) {
            return false;
        } catch (WorkspaceLock.WorkspaceBusyException busy) {
            return true;
        } catch (IOException | UncheckedIOException unreadable) {
            return false;
        }
    }

    static String duration(Duration duration) {
        return duration.toHours() > 0
                ? String.format(Locale.ROOT, "%dh%02dm", duration.toHours(), duration.toMinutesPart())
                : String.format(Locale.ROOT, "%dm%02ds", duration.toMinutes(), duration.toSecondsPart());
    }

    /** The text on one line, cut to {@code width} characters with an ellipsis. */
    static String excerpt(String text, int width) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= width ? line : line.substring(0, width - ELLIPSIS.length()) + ELLIPSIS;
    }
}
