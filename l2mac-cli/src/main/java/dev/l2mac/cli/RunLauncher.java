package dev.l2mac.cli;

import dev.l2mac.api.L2mac;
import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.config.Settings;
import dev.l2mac.control.RunResult;
import dev.l2mac.llm.ModelText;
import dev.l2mac.program.Domain;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The composition root of the command: builds the machine from resolved settings through the library API, shows
 * progress, and turns the run's outcome into an exit code.
 */
final class RunLauncher {
    private RunLauncher() {}

    static int launch(Settings settings, String domain, String task, PrintStream out, PrintStream err) {
        L2mac l2mac = L2mac.builder()
                .settings(settings)
                .listener(new ProgressPrinter(
                        out, settings.verbose(), settings.llm().requestTimeout()))
                .build();
        return report(l2mac.run(Domain.parse(domain), task), out, err);
    }

    /** Resumes {@code runId} (the latest run when empty) of the settings' workspace. */
    static int resume(Settings settings, Optional<String> runId, PrintStream out, PrintStream err) {
        L2mac l2mac = L2mac.builder()
                .settings(settings)
                .listener(new ProgressPrinter(
                        out, settings.verbose(), settings.llm().requestTimeout()))
                .build();
        return report(runId.map(l2mac::resume).orElseGet(l2mac::resumeLatest), out, err);
    }

    private static int report(RunResult result, PrintStream out, PrintStream err) {
        out.printf(
                "Output: %s (%d files); run log: %s/.l2mac/runs/%s/%n",
                result.workspace(), result.files().size(), result.workspace(), result.runId());
        return switch (result.status()) {
            case COMPLETED -> ExitCode.SUCCESS;
            case FAILED -> {
                err.println(Invocation.ERROR_PREFIX + ModelText.inert(result.reason()));
                yield ExitCode.RUN_FAILED;
            }
            case BUDGET_REACHED -> {
                err.println(Invocation.ERROR_PREFIX + ModelText.inert(result.reason()));
                err.printf(
                        "To go on where it stopped: l2mac resume %s --workspace %s --max-cost <more> (or --max-tokens,"
                                + " --max-requests)%n",
                        result.runId(), result.workspace());
                yield ExitCode.BUDGET_REACHED;
            }
            case MODEL_FAILED -> {
                err.println(Invocation.ERROR_PREFIX + ModelText.inert(result.reason()));
                yield ExitCode.PROVIDER;
            }
            case RUNNING ->
                throw new IllegalStateException(
                        "a run's result is never " + result.status().written());
        };
    }
}
