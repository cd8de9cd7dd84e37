package dev.l2mac.eval.polyglot;

import dev.l2mac.llm.Usage;
import java.util.Map;

/** What one attempt of a generator produced, and the tokens it spent. */
public sealed interface Reply {

    Usage usage();

    /** Well-formed edits: the solution's files (path in the exercise to text) as the model wrote them. */
    record Edited(Map<String, String> files, String said, Usage usage) implements Reply {
        public Edited {
            files = Map.copyOf(files);
        }
    }

    /** The reply's edits could not be taken ({@code reason}); the solution stays as it was. */
    record Malformed(String reason, String said, Usage usage) implements Reply {}

    /** The model or the run failed before replying; the solution stays as it was. */
    record NoReply(String reason, Usage usage) implements Reply {}

    /** True when the reply's edits were well-formed. */
    default boolean wellFormed() {
        return this instanceof Edited;
    }

    /** The label used in reports: {@code edited}, {@code malformed}, {@code no-reply}. */
    default String label() {
        return switch (this) {
            case Edited edited -> "edited";
            case Malformed malformed -> "malformed";
            case NoReply none -> "no-reply";
        };
    }

    /** Why the edits were not taken, empty when they were. */
    default String problem() {
        return switch (this) {
            case Edited edited -> "";
            case Malformed malformed -> malformed.reason();
            case NoReply none -> none.reason();
        };
    }
}
