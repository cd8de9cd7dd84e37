package dev.l2mac.llm;

/** Why the model stopped generating. */
public enum FinishReason {
    /** A natural end of the reply. */
    STOP,
    /** The reply ends with tool calls. */
    TOOL_CALLS,
    /** The reply was cut at the maximum output length. */
    LENGTH,
    /** The provider's content filter stopped it. */
    CONTENT_FILTER,
    /** Anything else, or not reported. */
    OTHER
}
