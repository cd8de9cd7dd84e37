package dev.l2mac.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.llm.openai.LocalOpenAiServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One provider's wire format, as the contract suite needs it: settings that point an adapter at the local server,
 * replies in the provider's real shapes (whole and streamed, successes and failures), and how the provider's
 * request body names a forced tool.
 */
interface WireDialect {
    ObjectMapper JSON = new ObjectMapper();
    String MODEL = "test-model";
    String KEY = "key-0123456789-secret";

    ProviderSettings settings(LocalOpenAiServer server, Duration timeout);

    /** The path every chat request is posted to; {@code streaming} where the provider uses another for streams. */
    String chatPath(boolean streaming);

    Reply text(String text, Usage usage);

    Reply toolCalls(List<ToolCall> calls, Usage usage);

    /** A text reply cut at the output limit. */
    Reply cutAtLength(String text, Usage usage);

    Reply streamedText(List<String> fragments, Usage usage);

    Reply streamedToolCalls(List<ToolCall> calls, Usage usage);

    /** A stream that closes cleanly but before the provider's final event. */
    Reply truncatedStream(List<String> fragments);

    Reply error(int status, String type, String message);

    Reply contextOverflow();

    Reply unknownModel();

    Reply authenticationFailure();

    /** The name of the tool the request forces, read from its body the provider's way, or empty. */
    Optional<String> forcedTool(JsonNode requestBody);

    /** Whether call ids survive the round trip (Gemini and Ollama send none, so the adapter makes them up). */
    default boolean keepsCallIds() {
        return true;
    }

    static Reply json(int status, JsonNode body) {
        return new Reply(status, Map.of("Content-Type", "application/json"), body.toString(), null, false);
    }

    static Reply stream(String contentType, String body) {
        return new Reply(200, Map.of("Content-Type", contentType), body, null, false);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("test arguments must be JSON here: " + json, e);
        }
    }

    /** A server-sent event; {@code name} may be null for data-only streams. */
    static String event(String name, JsonNode data) {
        return (name == null ? "" : "event: " + name + "\n") + "data: " + data + "\n\n";
    }
}
