package dev.l2mac.tools;

import java.util.Objects;

/** What a tool call gave back to the model. The set is closed. */
public sealed interface ToolResult {

    /** The text returned to the model as the call's result. */
    String text();

    record Ok(String text) implements ToolResult {
        public Ok {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The call was refused or failed; {@code text} tells the model what was wrong and what to do instead. */
    record Error(String text) implements ToolResult {
        public Error {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A tool ran tests to the end; {@code passed} when every test passed. */
    record TestsRan(String text, boolean passed) implements ToolResult {
        public TestsRan {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The model declared the current instruction complete; the control unit now runs the checks. */
    record StepCompleted() implements ToolResult {
        @Override
        public String text() {
            return "Step marked complete; running checks.";
        }
    }
}
