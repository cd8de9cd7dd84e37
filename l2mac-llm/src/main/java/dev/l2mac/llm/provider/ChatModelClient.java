package dev.l2mac.llm.provider;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.edge.FailureClassifier;
import dev.l2mac.llm.edge.LangChainMessages;
import dev.l2mac.llm.edge.ToolCallProgress;
import dev.langchain4j.model.anthropic.internal.api.AnthropicStreamingException;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.jspecify.annotations.Nullable;

/**
 * An {@link LlmClient} over a provider's LangChain4j chat models: translates one request, makes one call (the models
 * are built with no retries of their own) and translates the reply back; every failure is classified by the shared
 * table. Streams are read on the calling thread, so a stream that closed without its final event is known to be
 * cut off the moment the call returns.
 */
final class ChatModelClient implements LlmClient {
    private final String model;
    private final ProviderModels models;
    private final FailureClassifier classifier;

    ChatModelClient(String model, ProviderModels models, FailureClassifier classifier) {
        this.model = model;
        this.models = models;
        this.classifier = classifier;
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        dev.langchain4j.model.chat.request.ChatRequest wire = toWire(request);
        try {
            return fromWire(models.chatModel(request.forcedTool()).chat(wire));
        } catch (RuntimeException failure) {
            throw classifier.classify(failure);
        }
    }

    @Override
    public ChatResponse chat(ChatRequest request, StreamListener listener) throws LlmException {
        dev.langchain4j.model.chat.request.ChatRequest wire = toWire(request);
        Collector collector = new Collector(listener);
        try {
            models.streamingModel(request.forcedTool()).chat(wire, collector);
        } catch (RuntimeException failure) {
            collector.onError(failure);
        }
        if (collector.failure instanceof AnthropicStreamingException streamed) {
            // An error event inside a stream that began with 200: its type, not a status, says what happened.
            throw classifier.classifyStreamedError(
                    streamed.type() == null ? "" : streamed.type(), streamed.getMessage());
        }
        if (collector.failure != null) {
            throw classifier.classify(collector.failure);
        }
        if (collector.complete == null || collector.complete.finishReason() == null) {
            throw classifier.truncatedStream("the provider's final event never came");
        }
        ChatResponse response = fromWire(collector.complete);
        listener.onUsage(response.usage());
        return response;
    }

    @Override
    public String modelName() {
        return model;
    }

    private dev.langchain4j.model.chat.request.ChatRequest toWire(ChatRequest request) throws LlmException.Fatal {
        return models.request(
                LangChainMessages.toLangChain(request.messages()),
                LangChainMessages.toolSpecifications(request.tools()),
                request.forcedTool(),
                request.temperature(),
                request.maxOutputTokens());
    }

    private static ChatResponse fromWire(dev.langchain4j.model.chat.response.ChatResponse response) {
        return new ChatResponse(
                LangChainMessages.fromAiMessage(response.aiMessage()),
                LangChainMessages.usage(response.tokenUsage()),
                LangChainMessages.finishReason(response.finishReason()));
    }

    /** Forwards pieces to the listener and keeps the first ending: the complete reply or the first failure. */
    private static final class Collector implements StreamingChatResponseHandler {
        private final StreamListener listener;
        private final ToolCallProgress progress;
        private dev.langchain4j.model.chat.response.@Nullable ChatResponse complete;
        private @Nullable Throwable failure;

        Collector(StreamListener listener) {
            this.listener = listener;
            this.progress = new ToolCallProgress(listener);
        }

        @Override
        public void onPartialResponse(String fragment) {
            listener.onText(fragment);
        }

        @Override
        public void onPartialToolCall(PartialToolCall piece) {
            progress.piece(piece.index(), piece.id(), piece.name(), piece.partialArguments());
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall call) {
            progress.whole(
                    call.index(),
                    call.toolExecutionRequest().id(),
                    call.toolExecutionRequest().name(),
                    call.toolExecutionRequest().arguments());
        }

        @Override
        public void onCompleteResponse(dev.langchain4j.model.chat.response.ChatResponse response) {
            if (complete == null && failure == null) {
                complete = response;
            }
        }

        @Override
        public void onError(Throwable error) {
            if (failure == null && complete == null) {
                failure = error;
            }
        }
    }
}
