package dev.l2mac.llm;

/**
 * Receives a reply while the model generates it; every method is optional and is called on the thread that made
 * the request, in the order the provider sent the pieces. What a listener sees never changes the final
 * {@link ChatResponse}: it is progress, not a second result.
 */
public interface StreamListener {
    /** A listener that ignores everything. */
    StreamListener NONE = new StreamListener() {};

    /** A piece of the reply's text. */
    default void onText(String fragment) {}

    /**
     * A tool call began to form.
     *
     * @param index the call's position in the reply, counted from 0
     */
    default void onToolCallStarted(int index, String id, String name) {}

    /** A piece of the arguments of the tool call at {@code index}, exactly as the model wrote it. */
    default void onToolCallArguments(int index, String fragment) {}

    /** Token counts as the provider reported them, once they are known (usually at the end). */
    default void onUsage(Usage usage) {}
}
