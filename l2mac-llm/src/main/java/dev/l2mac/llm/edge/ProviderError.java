package dev.l2mac.llm.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * The error a server put in a failed answer's body, in whichever of the shapes providers use: OpenAI's
 * {@code {"error": {"message", "type", "code"}}} (also Azure, and llama.cpp, whose code is the HTTP status),
 * Anthropic's {@code {"type": "error", "error": {"type", "message"}}}, Gemini's
 * {@code {"error": {"code": 429, "message", "status"}}}, vLLM's flat {@code {"object": "error", "message", "type",
 * "code"}}, Ollama's bare {@code {"error": "text"}}, or no JSON at all.
 *
 * @param code    the provider's error code ({@code context_length_exceeded}), or empty
 * @param type    the provider's error type ({@code invalid_request_error}), or empty
 * @param message the provider's explanation, or the start of the raw body when it was not JSON
 */
record ProviderError(String code, String type, String message) {
    /** Enough of an unstructured body (an HTML error page, say) to recognise it, not enough to flood a log. */
    static final int MAX_RAW_BODY_CHARS = 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    static ProviderError parse(String body) {
        if (body == null || body.isBlank()) {
            return new ProviderError("", "", "(empty body)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return raw(body);
        }
        if (root == null || !root.isObject()) {
            return raw(body);
        }
        JsonNode error = root.get("error");
        if (error != null && error.isTextual()) {
            return new ProviderError("", "", error.textValue());
        }
        JsonNode fields = error != null && error.isObject() ? error : root;
        String message = text(fields, "message");
        String type = text(fields, "type").isEmpty() ? text(fields, "status") : text(fields, "type");
        return new ProviderError(text(fields, "code"), type, message.isEmpty() ? truncate(body) : message);
    }

    /** Whether the request failed because it did not fit the model's context window, as each server words it. */
    boolean isContextOverflow() {
        String lower = (code + " " + type + " " + message).toLowerCase(Locale.ROOT);
        return lower.contains("context_length_exceeded") // OpenAI
                || lower.contains("maximum context length") // OpenAI, vLLM
                || lower.contains("exceed_context_size") // llama.cpp error type
                || lower.contains("exceeds the available context size") // llama.cpp
                || lower.contains("context window") // LM Studio and others
                || lower.contains("prompt is too long") // Anthropic
                || lower.contains("input token count") // Gemini
                || lower.contains("exceeds the context length"); // Ollama
    }

    boolean isUnknownModel() {
        String lower = message.toLowerCase(Locale.ROOT);
        return "model_not_found".equals(code)
                || "DeploymentNotFound".equals(code)
                || lower.startsWith("model \"") && lower.contains("not found"); // Ollama
    }

    /** Gemini answers a wrong key with 400, not 401; its message and reason say so. */
    boolean isAuthenticationFailure() {
        return message.contains("API key not valid")
                || message.contains("API_KEY_INVALID")
                || "authentication_error".equals(type);
    }

    /** OpenAI's 429 for an exhausted prepaid quota or plan: waiting will not help. */
    boolean isQuotaExhausted() {
        return "insufficient_quota".equals(code);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static ProviderError raw(String body) {
        return new ProviderError("", "", truncate(body));
    }

    private static String truncate(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_RAW_BODY_CHARS ? flat : flat.substring(0, MAX_RAW_BODY_CHARS) + "...";
    }
}
