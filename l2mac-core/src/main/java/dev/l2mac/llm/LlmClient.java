package dev.l2mac.llm;

/** The processor of the machine: takes one context window and returns the model's next message. */
public interface LlmClient {

    /**
     * Sends one request and returns the model's reply.
     *
     * @throws LlmException classified at the edge where it entered: rate limited, transient, context overflow,
     *                      authentication failed, or fatal
     */
    ChatResponse chat(ChatRequest request) throws LlmException;

    /** The model this client talks to, as the user named it; used for token counting and logs. */
    String modelName();
}
