package dev.l2mac.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A model that answers every request with the next entry of a recorded response log, whatever the request holds:
 * a recorded failure is thrown as {@link LlmException.ContextOverflow}, and running past the end of the log is a
 * {@link LlmException.Fatal}. For each request it notes the prompt tokens our engine built (counted with the
 * recorded model's tokenizer) next to the tokens the recording reports.
 */
public final class ReplayLlm implements LlmClient {

    /**
     * One request answered from the recording: the entry's index, the prompt tokens our engine built for it, and
     * the recorded {@code usage.prompt_tokens} (0 for a failed request, which reports none).
     */
    public record Served(int index, boolean failed, int builtPromptTokens, long recordedPromptTokens) {}

    private final RecordedResponses recording;
    private final TokenCounter counter;
    private final List<Served> served = new ArrayList<>();

    public ReplayLlm(RecordedResponses recording, TokenCounter counter) {
        this.recording = Objects.requireNonNull(recording, "recording");
        this.counter = Objects.requireNonNull(counter, "counter");
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) throws LlmException {
        Optional<RecordedResponses.Entry> next = peek();
        if (next.isEmpty()) {
            throw new LlmException.Fatal(
                    "the recording has no more responses: all " + recording.size()
                            + " were served, and the replay asked for one more",
                    null);
        }
        int built = counter.count(request.messages()) + counter.countTools(request.tools());
        return switch (next.get()) {
            case RecordedResponses.Entry.Reply reply -> {
                served.add(new Served(
                        reply.index(), false, built, reply.response().usage().promptTokens()));
                yield reply.response();
            }
            case RecordedResponses.Entry.Failure failure -> {
                served.add(new Served(failure.index(), true, built, 0));
                throw new LlmException.ContextOverflow(
                        "recorded request " + failure.index() + " failed (" + failure.error()
                                + "); in the recorded run this means the context window was exceeded",
                        null);
            }
        };
    }

    /** The entry the next request will be answered with; empty once the recording is used up. */
    public synchronized Optional<RecordedResponses.Entry> peek() {
        return served.size() < recording.size()
                ? Optional.of(recording.entries().get(served.size()))
                : Optional.empty();
    }

    /** The requests answered so far, in order. */
    public synchronized List<Served> served() {
        return List.copyOf(served);
    }

    public RecordedResponses recording() {
        return recording;
    }

    @Override
    public String modelName() {
        return recording.model();
    }
}
