package dev.l2mac.tools;

import dev.l2mac.llm.ToolCall;
import java.util.Optional;

/**
 * What is known of a call from before a run was interrupted: its recorded result when it finished, or whether it
 * was started without its result being recorded. A fresh run knows nothing ({@link #NONE}).
 */
public interface CallHistory {

    CallHistory NONE = new CallHistory() {
        @Override
        public Optional<ToolResult> recordedResult(ToolCall call) {
            return Optional.empty();
        }

        @Override
        public boolean interrupted(ToolCall call) {
            return false;
        }
    };

    /** The result {@code call} returned before; empty when it never finished. */
    Optional<ToolResult> recordedResult(ToolCall call);

    /** True when {@code call} was started before the interruption but its result was never recorded. */
    boolean interrupted(ToolCall call);
}
