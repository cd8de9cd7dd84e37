package dev.l2mac.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ModelText;
import dev.l2mac.llm.Usage;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Live progress a person can follow: the plan, instruction i of N, one line per tool call, check results, retries,
 * overflows and tokens used. With {@code verbose}, every context window as it is sent.
 */
final class ProgressPrinter implements RunListener {
    /** Longest tool-result or reason excerpt shown on one line. */
    static final int EXCERPT_CHARS = 100;
    /** Characters of a commit id shown, as git abbreviates them. */
    static final int SHORT_COMMIT = 7;
    /** How many streamed tokens make one more progress line. */
    static final int STREAM_LINE_TOKENS = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final boolean verbose;
    private final Duration replyLimit;
    private boolean replyForming;
    private Usage usage = Usage.NONE;
    private int requests;
    private double costUsd;
    private int streamedLines;
    private double costAtInstructionStart;
    private final Map<String, String> calls = new HashMap<>();

    /** A printer for a run whose replies are each cut off after {@code replyLimit} ({@code llm.timeout_seconds}). */
    ProgressPrinter(PrintStream out, boolean verbose, Duration replyLimit) {
        this.out = out;
        this.verbose = verbose;
        this.replyLimit = replyLimit;
    }

    @Override
    public synchronized void on(RunEvent event) {
        switch (event) {
            case RunEvent.RunStarted started ->
                show("Run %s (%s, model %s)%n", started.runId(), started.domain(), started.model());
            case RunEvent.ModelResolved model -> printModel(model);
            case RunEvent.SandboxReported sandbox -> {
                showLine(sandbox.description());
                if (!sandbox.warning().isBlank()) {
                    showLine("*** " + sandbox.warning() + " ***");
                }
            }
            case RunEvent.SpendUpdated spend -> costUsd = spend.costUsd();
            case RunEvent.Throttled throttled ->
                show("  ~ waiting %.1f s (%s)%n", throttled.waitMillis() / 1000.0, throttled.reason());
            case RunEvent.ProgramReady ready -> printPlan(ready);
            case RunEvent.InstructionStarted started ->
                show("%n[%d/%d] %s%n", started.number(), started.count(), excerpt(started.text()));
            case RunEvent.RequestSent sent -> {
                requests++;
                replyForming = false;
            }
            case RunEvent.AwaitingReply waiting -> showWaiting(waiting.elapsedMillis());
            case RunEvent.ContextWindow window -> printContext(window.messages());
            case RunEvent.ToolCallForming forming -> {
                replyForming = true;
                show("  > %s ...%n", forming.name());
            }
            case RunEvent.ReplyStreaming streaming -> {
                replyForming = true;
                showStreaming(streaming.tokens());
            }
            case RunEvent.ResponseReceived response -> {
                usage = usage.plus(response.usage());
                streamedLines = 0;
            }
            case RunEvent.RequestFailed failed ->
                show("  ! request failed (%s): %s%n", failed.kind().written(), excerpt(failed.message()));
            case RunEvent.RetryScheduled retry ->
                show(
                        "  ! %s: %s; retrying in %.1f s%n",
                        retry.kind().written(), excerpt(retry.message()), retry.waitMillis() / 1000.0);
            case RunEvent.ToolCalled called ->
                calls.put(called.callId(), describeCall(called.name(), called.arguments()));
            case RunEvent.ToolReturned returned ->
                show(
                        "  %s %s%s%n",
                        returned.ok() ? "-" : "x",
                        calls.getOrDefault(returned.callId(), returned.name()),
                        returned.ok() ? "" : ": " + excerpt(returned.text()));
            case RunEvent.ChecksRecorded ignored -> {}
            case RunEvent.RunResumed resumed ->
                show(
                        "%nResumed at instruction %d, after %d recorded events;"
                                + " nothing answered before is asked again%n",
                        resumed.instruction(), resumed.continuesAfter());
            case RunEvent.CheckReported check ->
                show(
                        "  check %s: %s%s%n",
                        check.checker(),
                        check.outcome().written(),
                        check.details().isBlank() ? "" : " (" + excerpt(check.details()) + ")");
            case RunEvent.ContextOverflowed overflow ->
                show(
                        "  ~ context full at %,d tokens (%s); restart %d " + "with a progress summary%n",
                        overflow.promptTokens(), overflow.cause(), overflow.restart());
            case RunEvent.VerdictOverridden overridden ->
                show(
                        "  ~ followed '%s' = %s, where our own " + "judgement was %s%n",
                        overridden.question(), overridden.followed(), overridden.own());
            case RunEvent.TemperatureChanged change ->
                show("  ~ temperature %.2f -> %.2f (%s)%n", change.from(), change.to(), change.reason());
            case RunEvent.InstructionCompleted done -> {
                show(
                        "  done; this instruction: %s; the run so far: %s tokens, %s%n",
                        dollars(costUsd - costAtInstructionStart), tokens(), dollars(costUsd));
                costAtInstructionStart = costUsd;
            }
            case RunEvent.InstructionFailed failed -> show("  failed: %s%n", failed.reason());
            case RunEvent.HistoryStarted start -> {}
            case RunEvent.HistoryWarning warning -> showLine("*** " + warning.warning() + " ***");
            case RunEvent.InstructionCommitted commit -> show("  committed %s%n", shortId(commit.commit()));
            case RunEvent.WorkspaceRolledBack back ->
                show("  rolled back: the workspace is again as commit %s%n", shortId(back.commit()));
            case RunEvent.RunFinished finished ->
                show(
                        "%nRun %s after %d requests; tokens: %s; cost: %s%n",
                        finished.status().written(), requests, tokens(), dollars(finished.costUsd()));
        }
    }

    /** Every line goes out through here, so that no model text can steer the terminal. */
    private void show(String format, Object... args) {
        out.print(ModelText.inert(String.format(format, args)));
    }

    private void showLine(String line) {
        out.println(ModelText.inert(line));
    }

    /** The abbreviation of a commit id that git itself shows. */
    static String shortId(String commit) {
        return commit.substring(0, Math.min(SHORT_COMMIT, commit.length()));
    }

    /** The tool call's main argument (the files it touches), for the line that reports it. */
    static String describeCall(String name, String arguments) {
        try {
            JsonNode args = JSON.readTree(arguments.isBlank() ? "{}" : arguments);
            List<String> files = new ArrayList<>();
            args.path("files").forEach(file -> files.add(file.asText()));
            args.path("files_to_test").forEach(file -> files.add(file.asText()));
            args.path("list_of_file_objects")
                    .forEach(file -> files.add(file.path("file_path").asText()));
            args.path("files_and_contents")
                    .forEach(file -> files.add(file.path("file_path").asText()));
            if (args.hasNonNull("file_name_to_run")) {
                files.add(args.get("file_name_to_run").asText());
            }
            return files.isEmpty() ? name : name + " " + excerpt(String.join(", ", files));
        } catch (java.io.IOException | RuntimeException unparsable) {
            return name + " (arguments are not valid JSON)";
        }
    }

    /** How long the model has been silent; once its reply streams in, the token count says more. */
    private void showWaiting(long elapsedMillis) {
        if (!replyForming) {
            show(
                    "  ... waiting for the model's reply: %d s (it is cut off at %d s, llm.timeout_seconds)%n",
                    elapsedMillis / 1000, replyLimit.toSeconds());
        }
    }

    /** A running count of the reply's tokens, at most one line per {@link #STREAM_LINE_TOKENS} tokens. */
    private void showStreaming(int tokens) {
        if (tokens / STREAM_LINE_TOKENS > streamedLines) {
            streamedLines = tokens / STREAM_LINE_TOKENS;
            show("  ... %,d tokens so far%n", tokens);
        }
    }

    private void printModel(RunEvent.ModelResolved model) {
        if (model.known()) {
            show(
                    "Model %s: %,d-token context, replies up to %,d tokens, $%.2f / $%.2f per million tokens in / "
                            + "out%n",
                    model.model(),
                    model.contextWindow(),
                    model.maxOutputTokens(),
                    model.inputPricePerMillion(),
                    model.outputPricePerMillion());
        } else {
            show(
                    "Warning: model %s is not in the model registry; assuming a %,d-token context, replies up to "
                            + "%,d tokens and no price (cost shows as $0, so --max-cost cannot bound it; --max-tokens can). "
                            + "Describe it in a models file (--models-file) to fix this.%n",
                    model.model(), model.contextWindow(), model.maxOutputTokens());
        }
    }

    private static String dollars(double amount) {
        return String.format(Locale.ROOT, "$%.4f", amount);
    }

    private void printPlan(RunEvent.ProgramReady ready) {
        String stack = ready.stack().isEmpty() ? "" : ", in the " + ready.stack() + " stack";
        show("Plan (%d instructions, from %s%s):%n", ready.instructions().size(), ready.source(), stack);
        for (int i = 0; i < ready.instructions().size(); i++) {
            show("  %d. %s%n", i + 1, excerpt(ready.instructions().get(i)));
        }
    }

    private void printContext(List<Message> messages) {
        if (!verbose) {
            return;
        }
        showLine("  ---- context window (" + messages.size() + " messages) ----");
        for (Message message : messages) {
            String role = switch (message) {
                case Message.SystemMessage ignored -> "system";
                case Message.UserMessage ignored -> "user";
                case Message.AssistantMessage assistant ->
                    "assistant"
                            + (assistant.hasToolCalls()
                                    ? " "
                                            + assistant.toolCalls().stream()
                                                    .map(c -> c.name() + c.arguments())
                                                    .toList()
                                    : "");
                case Message.ToolResultMessage tool -> "tool " + tool.toolName();
            };
            showLine("  [" + role + "]");
            showLine(message.text().indent(4).stripTrailing());
        }
        showLine("  ---- end of context window ----");
    }

    private String tokens() {
        return String.format(
                Locale.ROOT,
                "%,d prompt + %,d completion = %,d",
                usage.promptTokens(),
                usage.completionTokens(),
                usage.totalTokens());
    }

    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT_CHARS ? line : line.substring(0, EXCERPT_CHARS - 3) + "...";
    }
}
