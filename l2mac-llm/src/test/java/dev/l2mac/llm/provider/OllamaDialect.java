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

/** Ollama's native {@code /api/chat}: one JSON object per reply, or newline-delimited JSON when streaming. */
class OllamaDialect implements WireDialect {

    @Override
    public ProviderSettings settings(LocalOpenAiServer server, Duration timeout) {
        return new ProviderSettings(ApiType.OLLAMA, MODEL, server.rootUrl(), null, timeout, null);
    }

    @Override
    public String chatPath(boolean streaming) {
        return "/api/chat";
    }

    @Override
    public Reply text(String text, Usage usage) {
        return WireDialect.json(200, done(message(text), "stop", usage));
    }

    @Override
    public Reply toolCalls(List<ToolCall> calls, Usage usage) {
        return WireDialect.json(200, done(callMessage(calls), "stop", usage));
    }

    @Override
    public Reply cutAtLength(String text, Usage usage) {
        return WireDialect.json(200, done(message(text), "length", usage));
    }

    @Override
    public Reply streamedText(List<String> fragments, Usage usage) {
        return WireDialect.stream("application/x-ndjson", pieces(fragments) + done(message(""), "stop", usage) + "\n");
    }

    @Override
    public Reply streamedToolCalls(List<ToolCall> calls, Usage usage) {
        return WireDialect.stream(
                "application/x-ndjson", piece(callMessage(calls)) + "\n" + done(message(""), "stop", usage) + "\n");
    }

    @Override
    public Reply truncatedStream(List<String> fragments) {
        return WireDialect.stream("application/x-ndjson", pieces(fragments));
    }

    @Override
    public Reply error(int status, String type, String message) {
        return WireDialect.json(status, WireDialect.object().put("error", message));
    }

    @Override
    public Reply contextOverflow() {
        return error(400, "", "the input length exceeds the context length");
    }

    @Override
    public Reply unknownModel() {
        return error(404, "", "model \"" + MODEL + "\" not found, try pulling it first");
    }

    @Override
    public Reply authenticationFailure() {
        return error(401, "", "unauthorized");
    }

    /** Ollama has no tool_choice: a forced tool is the only tool offered. */
    @Override
    public Optional<String> forcedTool(JsonNode body) {
        JsonNode tools = body.path("tools");
        return tools.size() == 1
                ? Optional.of(tools.get(0).path("function").path("name").asText())
                : Optional.empty();
    }

    @Override
    public boolean keepsCallIds() {
        return false;
    }

    private static ObjectNode message(String text) {
        return WireDialect.object().put("role", "assistant").put("content", text);
    }

    private static ObjectNode callMessage(List<ToolCall> calls) {
        ObjectNode message = message("");
        ArrayNode wire = message.putArray("tool_calls");
        for (int i = 0; i < calls.size(); i++) {
            wire.addObject()
                    .putObject("function")
                    .put("index", i)
                    .put("name", calls.get(i).name())
                    .set("arguments", WireDialect.parse(calls.get(i).arguments()));
        }
        return message;
    }

    private static String piece(ObjectNode message) {
        return WireDialect.object()
                .put("model", MODEL)
                .put("created_at", "2025-01-22T11:22:42.180546Z")
                .<ObjectNode>set("message", message)
                .put("done", false)
                .toString();
    }

    private static String pieces(List<String> fragments) {
        StringBuilder body = new StringBuilder();
        fragments.forEach(fragment -> body.append(piece(message(fragment))).append('\n'));
        return body.toString();
    }

    private static ObjectNode done(ObjectNode message, String reason, Usage usage) {
        return WireDialect.object()
                .put("model", MODEL)
                .put("created_at", "2025-01-22T11:22:42.223184Z")
                .<ObjectNode>set("message", message)
                .put("done_reason", reason)
                .put("done", true)
                .put("prompt_eval_count", usage.promptTokens())
                .put("eval_count", usage.completionTokens());
    }
}
