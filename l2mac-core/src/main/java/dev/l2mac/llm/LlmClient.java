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

    /**
     * Sends one request and reports the reply to {@code listener} as it is generated; returns the same reply
     * {@link #chat(ChatRequest)} would. Clients that cannot stream answer in one piece and tell the listener nothing.
     *
     * @throws LlmException as {@link #chat(ChatRequest)}, including a stream that broke off before the reply ended
     */
    default ChatResponse chat(ChatRequest request, StreamListener listener) throws LlmException {
        return chat(request);
    }

    /** The model this client talks to, as the user named it; used for token counting and logs. */
    String modelName();
}
