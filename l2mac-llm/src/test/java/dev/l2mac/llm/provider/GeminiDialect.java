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

/** Google's Gemini API: {@code generateContent} candidates with parts, and its data-only event streams. */
class GeminiDialect implements WireDialect {

    @Override
    public ProviderSettings settings(LocalOpenAiServer server, Duration timeout) {
        return new ProviderSettings(ApiType.GEMINI, MODEL, server.rootUrl() + "/v1beta", KEY, timeout, null);
    }

    @Override
    public String chatPath(boolean streaming) {
        return "/v1beta/models/" + MODEL + (streaming ? ":streamGenerateContent" : ":generateContent");
    }

    @Override
    public Reply text(String text, Usage usage) {
        return WireDialect.json(200, response(textPart(text), "STOP", usage));
    }

    @Override
    public Reply toolCalls(List<ToolCall> calls, Usage usage) {
        return WireDialect.json(200, response(callParts(calls), "STOP", usage));
    }

    @Override
    public Reply cutAtLength(String text, Usage usage) {
        return WireDialect.json(200, response(textPart(text), "MAX_TOKENS", usage));
    }

    @Override
    public Reply streamedText(List<String> fragments, Usage usage) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fragments.size(); i++) {
            boolean last = i == fragments.size() - 1;
            body.append(WireDialect.event(null, response(textPart(fragments.get(i)), last ? "STOP" : null, usage)));
        }
        return WireDialect.stream("text/event-stream", body.toString());
    }

    @Override
    public Reply streamedToolCalls(List<ToolCall> calls, Usage usage) {
        return WireDialect.stream(
                "text/event-stream", WireDialect.event(null, response(callParts(calls), "STOP", usage)));
    }

    @Override
    public Reply truncatedStream(List<String> fragments) {
        StringBuilder body = new StringBuilder();
        fragments.forEach(
                fragment -> body.append(WireDialect.event(null, response(textPart(fragment), null, Usage.NONE))));
        return WireDialect.stream("text/event-stream", body.toString());
    }

    @Override
    public Reply error(int status, String type, String message) {
        ObjectNode body = WireDialect.object();
        body.putObject("error").put("code", status).put("message", message).put("status", type);
        return WireDialect.json(status, body);
    }

    @Override
    public Reply contextOverflow() {
        return error(
                400,
                "INVALID_ARGUMENT",
                "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).");
    }

    @Override
    public Reply unknownModel() {
        return error(
                404,
                "NOT_FOUND",
                "models/" + MODEL + " is not found for API version v1beta, or is not "
                        + "supported for generateContent.");
    }

    @Override
    public Reply authenticationFailure() {
        return error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.");
    }

    @Override
    public Optional<String> forcedTool(JsonNode body) {
        JsonNode config = body.path("toolConfig").path("functionCallingConfig");
        // Google's JSON parser takes proto field names in either spelling; LangChain4j writes snake_case.
        JsonNode names = config.has("allowedFunctionNames")
                ? config.path("allowedFunctionNames")
                : config.path("allowed_function_names");
        return "ANY".equals(config.path("mode").asText()) && names.size() == 1
                ? Optional.of(names.get(0).asText())
                : Optional.empty();
    }

    @Override
    public boolean keepsCallIds() {
        return false;
    }

    private static ArrayNode textPart(String text) {
        ArrayNode parts = WireDialect.JSON.createArrayNode();
        parts.addObject().put("text", text);
        return parts;
    }

    private static ArrayNode callParts(List<ToolCall> calls) {
        ArrayNode parts = WireDialect.JSON.createArrayNode();
        for (ToolCall call : calls) {
            parts.addObject()
                    .putObject("functionCall")
                    .put("name", call.name())
                    .set("args", WireDialect.parse(call.arguments()));
        }
        return parts;
    }

    private static ObjectNode response(ArrayNode parts, String finishReason, Usage usage) {
        ObjectNode body = WireDialect.object();
        ObjectNode candidate = body.putArray("candidates").addObject();
        candidate.putObject("content").put("role", "model").set("parts", parts);
        if (finishReason != null) {
            candidate.put("finishReason", finishReason);
        }
        candidate.put("index", 0);
        body.putObject("usageMetadata")
                .put("promptTokenCount", usage.promptTokens())
                .put("candidatesTokenCount", usage.completionTokens())
                .put("totalTokenCount", usage.totalTokens());
        body.put("modelVersion", MODEL);
        return body;
    }
}
