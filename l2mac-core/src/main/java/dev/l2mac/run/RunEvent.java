package dev.l2mac.run;

import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import java.util.List;

/** Everything that happens in a run, in order. The set is closed; listeners switch over it exhaustively. */
public sealed interface RunEvent {

    record RunStarted(String runId, String domain, String task, String model) implements RunEvent {
    }

    /** The prompt program is ready; {@code source} is "bootstrap" or the program file's name. */
    record ProgramReady(List<String> instructions, String source) implements RunEvent {
    }

    record InstructionStarted(int number, int count, String text) implements RunEvent {
    }

    /** A request is about to be sent; {@code promptTokens} is our own count before sending. */
    record RequestSent(String purpose, int messages, int promptTokens, double temperature, int maxOutputTokens)
            implements RunEvent {
    }

    /**
     * The whole context window of the request just announced by {@link RequestSent}; shown by {@code --verbose},
     * never written to the event log (it would repeat every message of the dialog on every request).
     */
    record ContextWindow(List<Message> messages) implements RunEvent {
    }

    record ResponseReceived(String text, List<ToolCall> toolCalls, Usage usage, FinishReason finishReason)
            implements RunEvent {
    }

    /** A request failed after the retry policy gave up, or was not retried at all. */
    record RequestFailed(String kind, String message) implements RunEvent {
    }

    /** The retry policy will try again after {@code waitMillis}. */
    record RetryScheduled(String kind, String message, long waitMillis) implements RunEvent {
    }

    record ToolCalled(String callId, String name, String arguments) implements RunEvent {
    }

    record ToolReturned(String callId, String name, boolean ok, String text) implements RunEvent {
    }

    /** One checker's outcome: {@code outcome} is passed, failed, timed-out or unavailable. */
    record CheckReported(String checker, String outcome, String details) implements RunEvent {
    }

    /** The context would overflow (or did); the instruction restarts with a progress summary. */
    record ContextOverflowed(int instruction, int restart, int promptTokens, String cause) implements RunEvent {
    }

    /**
     * The path followed a verdict other than the control unit's own (in a replay, the recording's): the answer to
     * {@code question} was {@code followed} where our own judgement said {@code own}.
     */
    record VerdictOverridden(int instruction, String question, boolean own, boolean followed) implements RunEvent {
    }

    record TemperatureChanged(double from, double to, String reason) implements RunEvent {
    }

    record InstructionCompleted(int number, String summary) implements RunEvent {
    }

    record InstructionFailed(int number, String reason) implements RunEvent {
    }

    /** {@code status} is completed or failed. */
    record RunFinished(String status, String reason, Usage usage) implements RunEvent {
    }
}
