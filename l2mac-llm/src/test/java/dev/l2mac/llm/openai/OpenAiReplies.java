package dev.l2mac.llm.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replies for {@link LocalOpenAiServer} with bodies shaped like the real chat-completions API: a
 * {@code chat.completion} object (id, object, created, model, choices with message and finish_reason, usage), or an
 * error object ({@code {"error": {"message", "type", "param", "code"}}}).
 */
public final class OpenAiReplies {
    public static final String MODEL = "gpt-test";
    public static final Usage DEFAULT_USAGE = new Usage(12, 5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_CONTENT = Map.of("Content-Type", "application/json");
    private static final int OK = 200;
    /** A fixed creation time keeps bodies reproducible. */
    private static final long CREATED = 1_700_000_000L;

    private static final AtomicLong IDS = new AtomicLong();

    private OpenAiReplies() {}

    /** A plain text answer that stopped naturally. */
    public static LocalOpenAiServer.Reply text(String content) {
        return completion(content, List.of(), "stop", DEFAULT_USAGE);
    }

    /** An answer made of tool calls, in order, with no text. */
    public static LocalOpenAiServer.Reply toolCalls(ToolCall... calls) {
        return completion(null, List.of(calls), "tool_calls", DEFAULT_USAGE);
    }

    /** Any chat completion; {@code content} may be null, as the API sends it beside tool calls. */
    public static LocalOpenAiServer.Reply completion(
            String content, List<ToolCall> calls, String finishReason, Usage usage) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "chatcmpl-" + IDS.incrementAndGet())
                .put("object", "chat.completion")
                .put("created", CREATED)
                .put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        ObjectNode message =
                choice.putObject("message").put("role", "assistant").put("content", content);
        if (!calls.isEmpty()) {
            ArrayNode wireCalls = message.putArray("tool_calls");
            for (ToolCall call : calls) {
                ObjectNode wire = wireCalls.addObject().put("id", call.id()).put("type", "function");
                wire.putObject("function").put("name", call.name()).put("arguments", call.arguments());
            }
        }
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        body.putObject("usage")
                .put("prompt_tokens", usage.promptTokens())
                .put("completion_tokens", usage.completionTokens())
                .put("total_tokens", usage.totalTokens());
        return json(OK, body);
    }

    /** An error in OpenAI's shape; {@code code} may be null. */
    public static LocalOpenAiServer.Reply error(int status, String type, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error")
                .put("message", message)
                .put("type", type)
                .putNull("param")
                .put("code", code);
        return json(status, body);
    }

    /** Any status and body, with the given content type. */
    public static LocalOpenAiServer.Reply raw(int status, String contentType, String body) {
        return new LocalOpenAiServer.Reply(status, Map.of("Content-Type", contentType), body, null, false);
    }

    /** No answer at all: the server closes the connection after reading the request. */
    public static LocalOpenAiServer.Reply dropConnection() {
        return new LocalOpenAiServer.Reply(0, Map.of(), "", null, true);
    }

    private static LocalOpenAiServer.Reply json(int status, ObjectNode body) {
        return new LocalOpenAiServer.Reply(status, JSON_CONTENT, body.toString(), null, false);
    }
}
