package dev.l2mac.api;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;

/**
 * Asks for every reply as a stream and shows it to the progress display as it forms (a tool call as it starts, a
 * running count of the reply's tokens); the reply itself, and so the run, is the same as without streaming.
 */
final class StreamingLlm implements LlmClient {
    private final LlmClient delegate;
    private final RunListener progress;
    private final TokenCounter counter;

    StreamingLlm(LlmClient delegate, RunListener progress) {
        this.delegate = delegate;
        this.progress = progress;
        this.counter = TokenCounter.forModel(delegate.modelName());
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        return delegate.chat(request, new Forwarder());
    }

    @Override
    public ChatResponse chat(ChatRequest request, StreamListener listener) throws LlmException {
        return delegate.chat(request, listener);
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    /** Turns the pieces of one reply into progress events. */
    private final class Forwarder implements StreamListener {
        private int tokens;

        @Override
        public void onText(String fragment) {
            grow(fragment);
        }

        @Override
        public void onToolCallStarted(int index, String id, String name) {
            progress.on(new RunEvent.ToolCallForming(index, name));
        }

        @Override
        public void onToolCallArguments(int index, String fragment) {
            grow(fragment);
        }

        private void grow(String fragment) {
            tokens += counter.count(fragment);
            progress.on(new RunEvent.ReplyStreaming(tokens));
        }
    }
}
