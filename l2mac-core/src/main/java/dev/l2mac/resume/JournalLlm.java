package dev.l2mac.resume;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.run.FailureKind;
import dev.l2mac.run.RunEvent;
import java.util.Optional;

/**
 * The model as a resumed run sees it: a request already answered in the recording gets the recorded reply (or
 * the recorded context overflow) without asking the model again; once the recording is used up, requests go to the
 * model.
 */
public final class JournalLlm implements LlmClient {
    private final LlmClient model;
    private final Journal journal;

    public JournalLlm(LlmClient model, Journal journal) {
        this.model = model;
        this.journal = journal;
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        Optional<RunEvent> next = journal.next();
        if (next.isEmpty()) {
            return model.chat(request);
        }
        // Only a reply or a context overflow answers a request; whatever else the recording holds next, the resumed
        // run has left its recorded path.
        RunEvent recorded = next.get();
        if (recorded instanceof RunEvent.ResponseReceived reply) {
            return new ChatResponse(
                    new Message.AssistantMessage(reply.text(), reply.toolCalls()), reply.usage(), reply.finishReason());
        }
        if (recorded instanceof RunEvent.RequestFailed failed && failed.kind() == FailureKind.CONTEXT_OVERFLOW) {
            throw new LlmException.ContextOverflow(failed.message(), null);
        }
        throw journal.divergence("a request to the model");
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
