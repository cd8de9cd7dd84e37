package dev.l2mac.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A recorded response log, as the reference implementation writes it: a JSON array with one entry per request, in
 * order. An entry is either a chat completion (legacy {@code function_call} or current {@code tool_calls}, with
 * {@code usage}) or {@code {"error": ...}} for a request that failed, which in the reference means the context window
 * was exceeded.
 */
public final class RecordedResponses {
    /** Stands in for the model's name when no entry names it. */
    static final String UNKNOWN_MODEL = "unknown";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded entry; {@code index} is its position in the log, from 0. */
    public sealed interface Entry {
        int index();

        /** A completion: the reply as our engine sees it, with the recorded usage. */
        record Reply(int index, ChatResponse response) implements Entry {
            public Reply {
                Objects.requireNonNull(response, "response");
            }
        }

        /** A request that failed; {@code error} is what the log says about it. */
        record Failure(int index, String error) implements Entry {
            public Failure {
                Objects.requireNonNull(error, "error");
            }
        }
    }

    private final List<Entry> entries;
    private final String model;

    private RecordedResponses(List<Entry> entries, String model) {
        this.entries = List.copyOf(entries);
        this.model = model;
    }

    /** Reads a response log from a file. */
    public static RecordedResponses read(Path file) throws RecordingException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RecordingException("cannot read the response log " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text);
        } catch (RecordingException e) {
            throw new RecordingException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a response log; every entry must be a completion or an error. */
    public static RecordedResponses parse(String json) throws RecordingException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RecordingException("the response log is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new RecordingException("the response log must be a JSON array of responses, one per request", null);
        }
        List<Entry> entries = new ArrayList<>();
        String model = UNKNOWN_MODEL;
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            if (node.has("error")) {
                JsonNode error = node.get("error");
                entries.add(new Entry.Failure(i, error.isTextual() ? error.textValue() : error.toString()));
                continue;
            }
            entries.add(new Entry.Reply(i, completion(i, node)));
            if (UNKNOWN_MODEL.equals(model) && node.path("model").isTextual()) {
                model = node.get("model").textValue();
            }
        }
        return new RecordedResponses(entries, model);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The model the first completion names, or {@value #UNKNOWN_MODEL}. */
    public String model() {
        return model;
    }

    /** How many requests of the log failed. */
    public int failures() {
        return (int)
                entries.stream().filter(entry -> entry instanceof Entry.Failure).count();
    }

    private static ChatResponse completion(int index, JsonNode node) throws RecordingException {
        JsonNode choice = node.path("choices").path(0);
        JsonNode message = choice.path("message");
        if (!message.isObject()) {
            throw new RecordingException(
                    "entry " + index + " is neither an error nor a completion with" + " choices[0].message", null);
        }
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode call : message.path("tool_calls")) {
            calls.add(new ToolCall(
                    call.path("id").asText("call_" + index + "_" + calls.size()),
                    call.path("function").path("name").asText(),
                    call.path("function").path("arguments").asText()));
        }
        JsonNode legacy = message.path("function_call");
        if (legacy.isObject()) {
            // The legacy format has no call ids; one is made up per entry so that results can answer the call.
            calls.add(new ToolCall(
                    "call_" + index,
                    legacy.path("name").asText(),
                    legacy.path("arguments").asText()));
        }
        String text =
                message.path("content").isTextual() ? message.get("content").textValue() : "";
        JsonNode usage = node.path("usage");
        return new ChatResponse(
                new Message.AssistantMessage(text, calls),
                new Usage(
                        usage.path("prompt_tokens").asLong(0),
                        usage.path("completion_tokens").asLong(0)),
                finishReason(choice.path("finish_reason").asText("")));
    }

    private static FinishReason finishReason(String reason) {
        return switch (reason.toLowerCase(Locale.ROOT)) {
            case "stop" -> FinishReason.STOP;
            case "tool_calls", "function_call" -> FinishReason.TOOL_CALLS;
            case "length" -> FinishReason.LENGTH;
            case "content_filter" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.OTHER;
        };
    }
}
