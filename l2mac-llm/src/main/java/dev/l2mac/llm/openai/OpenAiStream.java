package dev.l2mac.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.edge.FailureClassifier;
import dev.l2mac.llm.edge.LangChainMessages;
import dev.l2mac.llm.edge.ToolCallProgress;
import dev.langchain4j.model.openai.internal.ParsedAndRawResponse;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionChoice;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionResponse;
import dev.langchain4j.model.openai.internal.chat.Delta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Assembles one streamed chat completion from its chunks while telling a {@link StreamListener} each piece: the
 * text of the first choice, its tool calls by index, its finish reason and the usage chunk. A stream that ends
 * without a finish reason was cut off and is reported as such, never as a short reply.
 */
final class OpenAiStream {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FIRST_CHOICE = 0;

    private final StreamListener listener;
    private final FailureClassifier classifier;
    private final ToolCallProgress progress;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder refusal = new StringBuilder();
    private final Map<Integer, PartialCall> calls = new TreeMap<>();
    private Usage usage = Usage.NONE;
    private @Nullable String finishReason;
    private @Nullable LlmException failure;

    OpenAiStream(StreamListener listener, FailureClassifier classifier) {
        this.listener = listener;
        this.classifier = classifier;
        this.progress = new ToolCallProgress(listener);
    }

    private static final class PartialCall {
        @Nullable
        String id;

        @Nullable
        String name;

        final StringBuilder arguments = new StringBuilder();
    }

    void onChunk(ParsedAndRawResponse<ChatCompletionResponse> chunk) {
        ChatCompletionResponse parsed = chunk.parsedResponse();
        if (parsed.usage() != null) {
            usage = new Usage(
                    LangChainMessages.nonNegative(parsed.usage().promptTokens()),
                    LangChainMessages.nonNegative(parsed.usage().completionTokens()));
            listener.onUsage(usage);
        }
        if (parsed.choices() == null) {
            return;
        }
        for (ChatCompletionChoice choice : parsed.choices()) {
            if (choice.index() == null || choice.index() == FIRST_CHOICE) {
                onFirstChoice(
                        choice,
                        chunk.rawServerSentEvent() == null
                                ? null
                                : chunk.rawServerSentEvent().data());
            }
        }
    }

    private void onFirstChoice(ChatCompletionChoice choice, @Nullable String rawData) {
        Delta delta = choice.delta();
        if (delta != null) {
            if (delta.content() != null && !delta.content().isEmpty()) {
                text.append(delta.content());
                listener.onText(delta.content());
            }
            if (delta.toolCalls() != null) {
                delta.toolCalls().forEach(this::onToolCallPiece);
            }
            refusal.append(refusalPiece(rawData));
        }
        if (choice.finishReason() != null) {
            finishReason = choice.finishReason();
        }
    }

    private void onToolCallPiece(dev.langchain4j.model.openai.internal.chat.ToolCall piece) {
        int index = piece.index() == null ? calls.size() : piece.index();
        PartialCall call = calls.computeIfAbsent(index, ignored -> new PartialCall());
        String name = piece.function() == null ? null : piece.function().name();
        String arguments = piece.function() == null ? null : piece.function().arguments();
        call.id = call.id == null ? piece.id() : call.id;
        call.name = call.name == null ? name : call.name;
        if (arguments != null) {
            call.arguments.append(arguments);
        }
        progress.piece(index, call.id, call.name, arguments);
    }

    /** LangChain4j's delta has no refusal field, so it is read from the chunk as sent. */
    private static String refusalPiece(@Nullable String rawData) {
        if (rawData == null || !rawData.contains("\"refusal\"")) {
            return "";
        }
        try {
            JsonNode piece = JSON.readTree(rawData)
                    .path("choices")
                    .path(FIRST_CHOICE)
                    .path("delta")
                    .path("refusal");
            return piece.isTextual() ? piece.textValue() : "";
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    void onError(Throwable error) {
        if (failure == null) {
            failure = classifier.classify(error);
        }
    }

    /** The reply, once the stream has closed. */
    ChatResponse result() throws LlmException {
        if (failure != null) {
            throw failure;
        }
        if (finishReason == null) {
            throw classifier.truncatedStream("no chunk carried a finish_reason");
        }
        if (!refusal.isEmpty()) {
            return new ChatResponse(
                    Message.AssistantMessage.ofText(refusal.toString()), usage, FinishReason.CONTENT_FILTER);
        }
        List<ToolCall> toolCalls = new ArrayList<>();
        calls.forEach((index, call) -> toolCalls.add(new ToolCall(
                call.id == null ? "call_" + index : call.id,
                call.name == null ? "" : call.name,
                call.arguments.toString())));
        return new ChatResponse(
                new Message.AssistantMessage(text.toString(), toolCalls),
                usage,
                ChatTranslation.finishReason(finishReason));
    }
}
