package dev.l2mac.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.llm.openai.LocalOpenAiServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Anthropic's Messages API: {@code message} objects with content blocks, and its named-event streams. */
class AnthropicDialect implements WireDialect {

    @Override
    public ProviderSettings settings(LocalOpenAiServer server, Duration timeout) {
        return new ProviderSettings(ApiType.ANTHROPIC, MODEL, server.baseUrl(), KEY, timeout, null);
    }

    @Override
    public String chatPath(boolean streaming) {
        return "/v1/messages";
    }

    @Override
    public Reply text(String text, Usage usage) {
        ObjectNode message = message("end_turn", usage);
        message.withArray("content").addObject().put("type", "text").put("text", text);
        return WireDialect.json(200, message);
    }

    @Override
    public Reply toolCalls(List<ToolCall> calls, Usage usage) {
        ObjectNode message = message("tool_use", usage);
        ArrayNode content = message.withArray("content");
        for (ToolCall call : calls) {
            content.addObject()
                    .put("type", "tool_use")
                    .put("id", call.id())
                    .put("name", call.name())
                    .set("input", WireDialect.parse(call.arguments()));
        }
        return WireDialect.json(200, message);
    }

    @Override
    public Reply cutAtLength(String text, Usage usage) {
        ObjectNode message = message("max_tokens", usage);
        message.withArray("content").addObject().put("type", "text").put("text", text);
        return WireDialect.json(200, message);
    }

    @Override
    public Reply streamedText(List<String> fragments, Usage usage) {
        return WireDialect.stream("text/event-stream", textEvents(fragments, usage) + ending("end_turn", usage));
    }

    @Override
    public Reply streamedToolCalls(List<ToolCall> calls, Usage usage) {
        StringBuilder body = new StringBuilder(start(usage));
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            ObjectNode block = WireDialect.object()
                    .put("type", "tool_use")
                    .put("id", call.id())
                    .put("name", call.name());
            block.putObject("input");
            body.append(WireDialect.event(
                    "content_block_start",
                    WireDialect.object()
                            .put("type", "content_block_start")
                            .put("index", i)
                            .set("content_block", block)));
            int half = call.arguments().length() / 2;
            for (String piece : List.of(
                    call.arguments().substring(0, half), call.arguments().substring(half))) {
                body.append(WireDialect.event(
                        "content_block_delta",
                        WireDialect.object()
                                .put("type", "content_block_delta")
                                .put("index", i)
                                .set(
                                        "delta",
                                        WireDialect.object()
                                                .put("type", "input_json_delta")
                                                .put("partial_json", piece))));
            }
            body.append(WireDialect.event(
                    "content_block_stop",
                    WireDialect.object().put("type", "content_block_stop").put("index", i)));
        }
        return WireDialect.stream("text/event-stream", body + ending("tool_use", usage));
    }

    @Override
    public Reply truncatedStream(List<String> fragments) {
        return WireDialect.stream("text/event-stream", textEvents(fragments, Usage.NONE));
    }

    @Override
    public Reply error(int status, String type, String message) {
        ObjectNode body = WireDialect.object().put("type", "error");
        body.putObject("error").put("type", type).put("message", message);
        return WireDialect.json(status, body);
    }

    @Override
    public Reply contextOverflow() {
        return error(400, "invalid_request_error", "prompt is too long: 208310 tokens > 200000 maximum");
    }

    @Override
    public Reply unknownModel() {
        return error(404, "not_found_error", "model: " + MODEL);
    }

    @Override
    public Reply authenticationFailure() {
        return error(401, "authentication_error", "invalid x-api-key");
    }

    @Override
    public Optional<String> forcedTool(JsonNode body) {
        JsonNode choice = body.path("tool_choice");
        return "tool".equals(choice.path("type").asText())
                ? Optional.of(choice.path("name").asText())
                : Optional.empty();
    }

    private static ObjectNode message(String stopReason, Usage usage) {
        ObjectNode message = WireDialect.object()
                .put("id", "msg_01")
                .put("type", "message")
                .put("role", "assistant")
                .put("model", MODEL);
        message.putArray("content");
        message.put("stop_reason", stopReason).putNull("stop_sequence");
        message.putObject("usage")
                .put("input_tokens", usage.promptTokens())
                .put("output_tokens", usage.completionTokens());
        return message;
    }

    private static String start(Usage usage) {
        ObjectNode message = message(null, new Usage(usage.promptTokens(), 1));
        message.putNull("stop_reason");
        return WireDialect.event(
                "message_start",
                WireDialect.object().put("type", "message_start").set("message", message));
    }

    private static String textEvents(List<String> fragments, Usage usage) {
        StringBuilder body = new StringBuilder(start(usage));
        body.append(WireDialect.event(
                "content_block_start",
                WireDialect.object()
                        .put("type", "content_block_start")
                        .put("index", 0)
                        .set(
                                "content_block",
                                WireDialect.object().put("type", "text").put("text", ""))));
        body.append(WireDialect.event("ping", WireDialect.object().put("type", "ping")));
        for (String fragment : fragments) {
            body.append(WireDialect.event(
                    "content_block_delta",
                    WireDialect.object()
                            .put("type", "content_block_delta")
                            .put("index", 0)
                            .set(
                                    "delta",
                                    WireDialect.object()
                                            .put("type", "text_delta")
                                            .put("text", fragment))));
        }
        return body.toString();
    }

    private static String ending(String stopReason, Usage usage) {
        ObjectNode delta = WireDialect.object().put("type", "message_delta");
        delta.putObject("delta").put("stop_reason", stopReason).putNull("stop_sequence");
        delta.putObject("usage").put("output_tokens", usage.completionTokens());
        return WireDialect.event(
                        "content_block_stop",
                        WireDialect.object().put("type", "content_block_stop").put("index", 0))
                + WireDialect.event("message_delta", delta)
                + WireDialect.event("message_stop", WireDialect.object().put("type", "message_stop"));
    }
}
