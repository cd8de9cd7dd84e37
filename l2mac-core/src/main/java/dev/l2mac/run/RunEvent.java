package dev.l2mac.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import java.util.List;

/** Everything that happens in a run, in order. The set is closed; listeners switch over it exhaustively. */
public sealed interface RunEvent {

    /**
     * Whether the event log keeps this event. A few events only feed live displays: the whole context window
     * (it would repeat every message on every request) and the pieces of a reply as it streams in.
     */
    default boolean recorded() {
        return true;
    }

    record RunStarted(String runId, String domain, String task, String model) implements RunEvent {}

    /**
     * The facts the run uses about its model (from the model registry); {@code known} is false when the registry
     * does not know the model and stated defaults are used.
     */
    record ModelResolved(
            String model,
            int contextWindow,
            int maxOutputTokens,
            double inputPricePerMillion,
            double outputPricePerMillion,
            boolean known)
            implements RunEvent {}

    /**
     * What isolates the generated code this run executes ({@code description}), and a warning to show loudly when
     * that isolation is missing or partial (empty when there is nothing to warn about).
     */
    record SandboxReported(String description, String warning) implements RunEvent {}

    /**
     * What the run has spent so far, after each reply: tokens, cost in US dollars and requests in all, and what
     * this reply's request cost.
     */
    record SpendUpdated(long promptTokens, long completionTokens, double costUsd, int requests, double requestCostUsd)
            implements RunEvent {}

    /** The next request waits {@code waitMillis} to keep within a configured rate limit. */
    record Throttled(long waitMillis, String reason) implements RunEvent {}

    /** The prompt program is ready; {@code source} is "bootstrap" or the program file's name. */
    /**
     * The program the run executes, where it came from, and the stack its codebase is written in (empty for a book,
     * and in the logs of runs recorded before stacks).
     */
    record ProgramReady(List<String> instructions, String source, String stack) implements RunEvent {
        public ProgramReady {
            instructions = List.copyOf(instructions);
            stack = stack == null ? "" : stack;
        }

        public ProgramReady(List<String> instructions, String source) {
            this(instructions, source, "");
        }
    }

    record InstructionStarted(int number, int count, String text) implements RunEvent {}

    /** A request is about to be sent; {@code promptTokens} is our own count before sending. */
    record RequestSent(String purpose, int messages, int promptTokens, double temperature, int maxOutputTokens)
            implements RunEvent {}

    /**
     * The whole context window of the request just announced by {@link RequestSent}; shown by {@code --verbose},
     * never written to the event log (it would repeat every message of the dialog on every request).
     */
    record ContextWindow(List<Message> messages) implements RunEvent {
        @Override
        public boolean recorded() {
            return false;
        }
    }

    /** A tool call has begun to form in a streaming reply; never recorded (the reply is, when it is complete). */
    record ToolCallForming(int index, String name) implements RunEvent {
        @Override
        public boolean recorded() {
            return false;
        }
    }

    /** A streaming reply has grown to about {@code tokens} tokens so far; never recorded. */
    record ReplyStreaming(int tokens) implements RunEvent {
        @Override
        public boolean recorded() {
            return false;
        }
    }

    /**
     * A request has waited {@code elapsedMillis} for its reply so far; never recorded. It is delivered from a timer
     * thread while the run's own thread waits for the reply, and never after the reply (or its failure) came.
     */
    record AwaitingReply(long elapsedMillis) implements RunEvent {
        @Override
        public boolean recorded() {
            return false;
        }
    }

    record ResponseReceived(String text, List<ToolCall> toolCalls, Usage usage, FinishReason finishReason)
            implements RunEvent {}

    /** A request failed after the retry policy gave up, or was not retried at all. */
    record RequestFailed(FailureKind kind, String message) implements RunEvent {}

    /** The retry policy will try again after {@code waitMillis}. */
    record RetryScheduled(FailureKind kind, String message, long waitMillis) implements RunEvent {}

    record ToolCalled(String callId, String name, String arguments) implements RunEvent {}

    /**
     * A tool call's result: {@code text} is what the model was sent, {@code kind} what the result was; {@code ok}
     * is false exactly for an error (kept for readers of logs written before {@code kind}).
     */
    record ToolReturned(String callId, String name, boolean ok, String text, ToolOutcome kind) implements RunEvent {
        public ToolReturned {
            if (ok == (kind == ToolOutcome.ERROR)) {
                throw new IllegalArgumentException("a tool result of kind " + kind + " cannot have ok=" + ok);
            }
        }

        public ToolReturned(String callId, String name, String text, ToolOutcome kind) {
            this(callId, name, kind != ToolOutcome.ERROR, text, kind);
        }
    }

    /**
     * The full reports of one run of the checks, in the form the control unit records them, so that a resumed run
     * follows the checks' verdict and findings exactly instead of checking a workspace that has moved on.
     */
    record ChecksRecorded(JsonNode reports) implements RunEvent {}

    /** One checker's outcome. */
    record CheckReported(String checker, CheckOutcome outcome, String details) implements RunEvent {}

    /** The context would overflow (or did); the instruction restarts with a progress summary. */
    record ContextOverflowed(int instruction, int restart, int promptTokens, String cause) implements RunEvent {}

    /**
     * The path followed a verdict other than the control unit's own (in a replay, the recording's): the answer to
     * {@code question} was {@code followed} where our own judgement said {@code own}.
     */
    record VerdictOverridden(int instruction, String question, boolean own, boolean followed) implements RunEvent {}

    record TemperatureChanged(double from, double to, String reason) implements RunEvent {}

    record InstructionCompleted(int number, String summary) implements RunEvent {}

    record InstructionFailed(int number, String reason) implements RunEvent {}

    /**
     * The commit of the workspace's git history the run builds on: the workspace as the run found it, committed by
     * the run itself when it had uncommitted files or no commit yet; {@code nestedRepositories} are the {@code .git}
     * entries nested in the work tree then, the user's, which the run leaves as they are (none in the logs of runs
     * recorded before they were).
     */
    record HistoryStarted(String commit, String tree, List<String> nestedRepositories) implements RunEvent {
        public HistoryStarted {
            nestedRepositories = nestedRepositories == null ? List.of() : List.copyOf(nestedRepositories);
        }
    }

    /**
     * Git could not read part of the workspace's repository, and the run does without it; {@code warning} says what,
     * and what the run does instead, for the user only (the model can do nothing about it).
     */
    record HistoryWarning(String warning) implements RunEvent {}

    /** Instruction {@code number} is recorded in the workspace's git history as {@code commit} (files: {@code tree}). */
    record InstructionCommitted(int number, String commit, String tree) implements RunEvent {}

    /** The changes of failed instruction {@code number} were discarded: the workspace is again as {@code commit}. */
    record WorkspaceRolledBack(int number, String commit) implements RunEvent {}

    /**
     * The run was resumed after an interruption: its path so far is the first {@code continuesAfter} events of the
     * log (not counting earlier markers' superseded events); events after those and before this marker were cut off
     * by the interruption or by a stop, and are kept only as history.
     */
    record RunResumed(int continuesAfter, int instruction) implements RunEvent {}

    /** {@code status} is never {@link RunStatus#RUNNING}; {@code costUsd} is the run's spend. */
    record RunFinished(RunStatus status, String reason, Usage usage, double costUsd) implements RunEvent {
        public RunFinished {
            if (status == RunStatus.RUNNING) {
                throw new IllegalArgumentException("a run cannot finish as " + status.written());
            }
        }
    }
}
