package dev.l2mac.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.llm.openai.LocalOpenAiServer.Reply;
import dev.l2mac.llm.openai.OpenAiReplies;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** OpenAI's chat-completions format: JSON completions, {@code chat.completion.chunk} streams ending in [DONE]. */
public class OpenAiDialect implements WireDialect {

    @Override
    public ProviderSettings settings(LocalOpenAiServer server, Duration timeout) {
        return new ProviderSettings(ApiType.OPENAI, MODEL, server.baseUrl(), KEY, timeout, null);
    }

    @Override
    public String chatPath(boolean streaming) {
        return "/v1/chat/completions";
    }

    @Override
    public Reply text(String text, Usage usage) {
        return OpenAiReplies.completion(text, List.of(), "stop", usage);
    }

    @Override
    public Reply toolCalls(List<ToolCall> calls, Usage usage) {
        return OpenAiReplies.completion(null, calls, "tool_calls", usage);
    }

    @Override
    public Reply cutAtLength(String text, Usage usage) {
        return OpenAiReplies.completion(text, List.of(), "length", usage);
    }

    @Override
    public Reply streamedText(List<String> fragments, Usage usage) {
        StringBuilder body =
                new StringBuilder(chunk(delta().put("role", "assistant").put("content", ""), null));
        fragments.forEach(fragment -> body.append(chunk(delta().put("content", fragment), null)));
        return WireDialect.stream(
                "text/event-stream",
                body.append(chunk(delta(), "stop"))
                        .append(usageChunk(usage))
                        .append("data: [DONE]\n\n")
                        .toString());
    }

    @Override
    public Reply streamedToolCalls(List<ToolCall> calls, Usage usage) {
        StringBuilder body =
                new StringBuilder(chunk(delta().put("role", "assistant").putNull("content"), null));
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            int half = call.arguments().length() / 2;
            body.append(
                    chunk(toolDelta(i, call.id(), call.name(), call.arguments().substring(0, half)), null));
            body.append(chunk(toolDelta(i, null, null, call.arguments().substring(half)), null));
        }
        return WireDialect.stream(
                "text/event-stream",
                body.append(chunk(delta(), "tool_calls"))
                        .append(usageChunk(usage))
                        .append("data: [DONE]\n\n")
                        .toString());
    }

    @Override
    public Reply truncatedStream(List<String> fragments) {
        StringBuilder body =
                new StringBuilder(chunk(delta().put("role", "assistant").put("content", ""), null));
        fragments.forEach(fragment -> body.append(chunk(delta().put("content", fragment), null)));
        return WireDialect.stream("text/event-stream", body.toString());
    }

    @Override
    public Reply error(int status, String type, String message) {
        return OpenAiReplies.error(status, type, null, message);
    }

    @Override
    public Reply contextOverflow() {
        return OpenAiReplies.error(
                400,
                "invalid_request_error",
                "context_length_exceeded",
                "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.");
    }

    @Override
    public Reply unknownModel() {
        return OpenAiReplies.error(
                404,
                "invalid_request_error",
                "model_not_found",
                "The model `" + MODEL + "` does not exist or you do not have access to it.");
    }

    @Override
    public Reply authenticationFailure() {
        return OpenAiReplies.error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided.");
    }

    @Override
    public Optional<String> forcedTool(JsonNode body) {
        JsonNode name = body.path("tool_choice").path("function").path("name");
        return name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
    }

    private static ObjectNode delta() {
        return WireDialect.object();
    }

    private static ObjectNode toolDelta(int index, String id, String name, String arguments) {
        ObjectNode delta = WireDialect.object();
        ObjectNode call = delta.putArray("tool_calls").addObject().put("index", index);
        ObjectNode function = call.putObject("function");
        if (id != null) {
            call.put("id", id).put("type", "function");
            function.put("name", name);
        }
        function.put("arguments", arguments);
        return delta;
    }

    private static String chunk(ObjectNode delta, String finishReason) {
        ObjectNode chunk = WireDialect.object()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L)
                .put("model", MODEL);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        return WireDialect.event(null, chunk);
    }

    private static String usageChunk(Usage usage) {
        ObjectNode chunk = WireDialect.object()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L)
                .put("model", MODEL);
        chunk.putArray("choices");
        chunk.putObject("usage")
                .put("prompt_tokens", usage.promptTokens())
                .put("completion_tokens", usage.completionTokens())
                .put("total_tokens", usage.totalTokens());
        return WireDialect.event(null, chunk);
    }
}
