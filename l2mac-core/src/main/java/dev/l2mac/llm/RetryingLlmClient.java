package dev.l2mac.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Wraps any client with the {@link RetryPolicy}; reports each wait to a listener so that users see it. */
public final class RetryingLlmClient implements LlmClient {
    private final LlmClient delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final BiConsumer<LlmException, Duration> onRetry;

    public RetryingLlmClient(
            LlmClient delegate, RetryPolicy policy, Sleeper sleeper, BiConsumer<LlmException, Duration> onRetry) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
        this.onRetry = onRetry;
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        return chat(request, null);
    }

    /** A retried attempt streams again from its start; the listener sees the pieces of every attempt. */
    @Override
    public ChatResponse chat(ChatRequest request, StreamListener listener) throws LlmException {
        for (int attempt = 1; ; attempt++) {
            try {
                return listener == null ? delegate.chat(request) : delegate.chat(request, listener);
            } catch (LlmException failure) {
                Optional<Duration> wait = policy.delayAfter(failure, attempt);
                if (wait.isEmpty()) {
                    throw failure;
                }
                onRetry.accept(failure, wait.get());
                sleepOrGiveUp(wait.get(), failure);
            }
        }
    }

    private void sleepOrGiveUp(Duration wait, LlmException failure) throws LlmException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }
}
