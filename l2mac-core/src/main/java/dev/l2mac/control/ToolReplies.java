package dev.l2mac.control;

import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.ToolOutcome;
import dev.l2mac.tools.ToolResult;

/**
 * A tool result as the model is sent it and the event log records it, and back: the one place that knows how an
 * error reads to the model. Nothing judges a result by its text; its kind travels with it.
 */
final class ToolReplies {
    /** Begins the text of a refused or failed tool call as the model sees it. */
    static final String ERROR_PREFIX = "Error: ";

    private ToolReplies() {}

    /** The text the model is sent for {@code result}. */
    static String text(ToolResult result) {
        return switch (result) {
            case ToolResult.Error error -> ERROR_PREFIX + error.text();
            case ToolResult.Ok ok -> ok.text();
            case ToolResult.TestsRan tests -> tests.text();
            case ToolResult.StepCompleted completed -> completed.text();
        };
    }

    static ToolOutcome kind(ToolResult result) {
        return switch (result) {
            case ToolResult.Ok ignored -> ToolOutcome.OK;
            case ToolResult.Error ignored -> ToolOutcome.ERROR;
            case ToolResult.StepCompleted ignored -> ToolOutcome.STEP_COMPLETED;
            case ToolResult.TestsRan tests -> tests.passed() ? ToolOutcome.TESTS_PASSED : ToolOutcome.TESTS_FAILED;
        };
    }

    static RunEvent.ToolReturned event(ToolCall call, ToolResult result) {
        return new RunEvent.ToolReturned(call.id(), call.name(), text(result), kind(result));
    }

    static Message.ToolResultMessage message(ToolCall call, ToolResult result) {
        return new Message.ToolResultMessage(call.id(), call.name(), text(result));
    }

    /** The result as the control unit had it, before it became the text recorded in the event. */
    static ToolResult result(RunEvent.ToolReturned returned) {
        String text = returned.text();
        return switch (returned.kind()) {
            case OK -> new ToolResult.Ok(text);
            case ERROR ->
                new ToolResult.Error(text.startsWith(ERROR_PREFIX) ? text.substring(ERROR_PREFIX.length()) : text);
            case STEP_COMPLETED -> new ToolResult.StepCompleted();
            case TESTS_PASSED -> new ToolResult.TestsRan(text, true);
            case TESTS_FAILED -> new ToolResult.TestsRan(text, false);
        };
    }
}
