package dev.l2mac.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.edge.JdkTransport;
import dev.l2mac.llm.edge.MalformedReply;
import dev.l2mac.llm.edge.ReplyRepair;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionResponse;
import java.util.stream.Collectors;

/**
 * Mends a chat completion (or one streamed chunk of it) whose parts have the wrong shape into one LangChain4j can
 * read, so that the model hears about its mistake instead of the run ending: a tool call's arguments sent as a JSON
 * object become that object's text, a missing or {@code null} function becomes a call of the tool named {@code ""}
 * (which dispatch refuses with an error), a missing or repeated id becomes a fresh one, and token counts that are
 * not counts are dropped. A body that is not JSON is left for the classifier (it usually means a wrong base URL);
 * JSON that still cannot be read as a chat completion is a {@link MalformedReply}.
 */
final class ChatCompletionRepair implements ReplyRepair {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES);
    private static final String GENERATED_ID = "call_l2mac_";

    static {
        JSON.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(JdkTransport.MAX_REPLY_BYTES)
                        .build());
    }

    @Override
    public String repair(String json, boolean chunk) throws MalformedReply {
        if (!json.stripLeading().startsWith("{")) {
            return json;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedReply("it is not valid JSON (it was cut off or garbled at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (!(root instanceof ObjectNode reply) || !reply.has("choices")) {
            return json;
        }
        boolean changed = ToolCallShape.mend(reply, chunk) | UsageShape.mend(reply);
        String mended = changed ? reply.toString() : json;
        try {
            JSON.readValue(mended, ChatCompletionResponse.class);
        } catch (JsonProcessingException e) {
            throw new MalformedReply("its " + where(e) + " does not have the type a chat completion needs there");
        }
        return mended;
    }

    /** The place in the reply, as a path a person can find ({@code choices[0].message.content}). */
    private static String where(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "content";
        }
        return "field "
                + mapping.getPath().stream()
                        .map(step ->
                                step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                        .collect(Collectors.joining())
                        .substring(1);
    }

    static String generatedId(int index) {
        return GENERATED_ID + index;
    }
}
