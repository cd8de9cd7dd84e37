package dev.l2mac.cli;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.InputFiles;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.config.ConfigException;
import dev.l2mac.config.LlmSettings;
import dev.l2mac.llm.RecordedResponses;
import dev.l2mac.llm.RecordingException;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.replay.Replay;
import dev.l2mac.replay.ReplayReport;
import dev.l2mac.run.RunFolder;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.settings.Limits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code l2mac replay}: runs the engine against a recorded response log instead of a live model, with the same
 * tools, checks, progress and event log as a live run, then prints the replay report and writes it into the run's
 * folder. Succeeds when the replay consumed the whole recording.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
            "Replay a recorded run: each request is answered by the next recorded response, while the "
                    + "tools and checks run for real. Where the recording decided (a check verdict, an overflow) the "
                    + "replay follows it, and the report shows where our own judgement differed.",
            "Settings files are not read: the limits are the defaults, with the recording's context window."
        })
final class ReplayCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "<responses.json>",
            description = "the response log of the recorded run (a JSON array, one response per request)")
    String responses;

    @Option(names = "--task-file", required = true, paramLabel = "FILE", description = "the recorded run's task")
    String taskFile;

    @Option(
            names = "--workspace",
            required = true,
            paramLabel = "DIR",
            description = "an empty or new folder to replay into; the run log goes to DIR/.l2mac/runs")
    String workspace;

    @Option(
            names = "--context-window",
            paramLabel = "TOKENS",
            defaultValue = "" + Replay.GPT4_CONTEXT_WINDOW,
            description = "the recorded model's context window, for our own overflow predictions "
                    + "(default: ${DEFAULT-VALUE}, GPT-4)")
    int contextWindow;

    @Option(names = "--no-checks", description = "do not run our own checks (the recording's verdicts still apply)")
    boolean noChecks;

    @Option(
            names = "--savings",
            paramLabel = "LIST",
            defaultValue = "all",
            description = "what the context builder leaves out: all (default), none, or some of "
                    + "working-files, stale-test-runs, short-passing-tests, separated by commas")
    String savings;

    @Option(names = "--prompts", paramLabel = "FILE", description = "use this prompt pack instead of the built-in one")
    @Nullable
    String prompts;

    @Option(names = "--verbose", description = "show every context window as it is sent")
    boolean verbose;

    private final Invocation invocation;

    ReplayCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        Path log = invocation.workingDir().resolve(responses).normalize();
        InputFiles.requireReadable(log, "response log", "<responses.json>");
        String task = InputFiles.readTask(invocation.workingDir().resolve(taskFile));
        RecordedResponses recording = recording(log);
        Path folder = invocation.workingDir().resolve(workspace).normalize();
        Replay replay = new Replay(recording, folder, promptPack(), limits(recording), !noChecks, savings());
        PrintStream out = invocation.out();
        ReplayReport report;
        try {
            report = replay.run(task, new ProgressPrinter(out, verbose, LlmSettings.DEFAULT_REQUEST_TIMEOUT));
        } catch (IllegalStateException notEmpty) {
            throw new ConfigException(notEmpty.getMessage(), "pass --workspace a folder that does not exist yet");
        }
        out.println();
        out.print(report.render());
        out.printf(
                "Report: %s%n",
                folder.resolve(RunFolder.RUNS_DIR).resolve(report.runId()).resolve(RunFolder.REPLAY_REPORT));
        if (report.consumedWholeRecording()) {
            return ExitCode.SUCCESS;
        }
        invocation
                .err()
                .println(Invocation.ERROR_PREFIX + "the replay left the recording after " + report.responsesConsumed()
                        + " of " + report.responses() + " responses: " + report.reason());
        return ExitCode.RUN_FAILED;
    }

    private static RecordedResponses recording(Path log) {
        try {
            return RecordedResponses.read(log);
        } catch (RecordingException e) {
            throw new ConfigException(
                    e.getMessage(),
                    "give the response log a recorded run wrote, such as " + "LLMatic_llm_responses.json");
        }
    }

    private Limits limits(RecordedResponses recording) {
        try {
            return Replay.limitsFor(recording, Limits.DEFAULTS, contextWindow);
        } catch (IllegalArgumentException invalid) {
            throw new ConfigException(
                    "--context-window " + contextWindow + ": " + invalid.getMessage(),
                    "give the recorded model's context window in tokens, such as " + Replay.GPT4_CONTEXT_WINDOW);
        }
    }

    private Set<ContextSaving> savings() {
        try {
            return ContextSaving.parse(savings);
        } catch (IllegalArgumentException unknown) {
            throw new ConfigException("--savings: " + unknown.getMessage(), "for example --savings all");
        }
    }

    private PromptPack promptPack() {
        try {
            PromptPack pack = PromptPack.builtIn(Domain.CODEBASE);
            if (prompts == null) {
                return pack;
            }
            Path file = invocation.workingDir().resolve(prompts).normalize();
            InputFiles.requireReadable(file, "prompts file", "--prompts");
            return pack.withOverrides(file);
        } catch (PromptPackException e) {
            throw new ConfigException(e.getMessage(), "fix the prompts file, or leave out --prompts");
        }
    }
}
