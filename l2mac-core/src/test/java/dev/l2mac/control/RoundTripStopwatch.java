package dev.l2mac.control;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A model wrapper that times the control unit: the interval from the model handing back a reply to the next
 * request arriving is exactly what the machine spends between two calls (tool dispatch, event log, context
 * building, token counting), since the wrapped model itself answers instantly.
 */
final class RoundTripStopwatch implements LlmClient {
    private final LlmClient model;
    private final List<Long> intervals = new ArrayList<>();
    private long repliedAt;
    private boolean replied;

    RoundTripStopwatch(LlmClient model) {
        this.model = model;
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        long arrivedAt = System.nanoTime();
        if (replied) {
            intervals.add(arrivedAt - repliedAt);
        }
        ChatResponse response = model.chat(request);
        replied = true;
        repliedAt = System.nanoTime();
        return response;
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    /** The intervals measured so far, in nanoseconds, in the order they happened. */
    List<Long> intervals() {
        return List.copyOf(intervals);
    }
}
