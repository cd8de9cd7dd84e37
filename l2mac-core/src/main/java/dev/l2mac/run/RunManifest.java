package dev.l2mac.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A run's {@code run.json}: what it was asked, by which model and settings, and where it stands; once it finished,
 * what it achieved and spent. Written when the run starts and again when it finishes, and read only through
 * {@link RunFolder#readRun()}.
 *
 * @param startedFrom "bootstrap", or the name under which a given program file is recorded
 * @param settings    the effective settings, without secrets, as plain JSON values
 * @param finish      empty until the run finishes
 */
public record RunManifest(
        String id,
        String domain,
        String task,
        String model,
        RunStatus status,
        String reason,
        String startedFrom,
        Map<String, Object> settings,
        Optional<Finish> finish) {
    /** How {@link #startedFrom} names a program the user supplied. */
    public static final String FROM_PROGRAM_FILE = "program file";
    /** How {@link #startedFrom} names a program the model planned. */
    public static final String FROM_BOOTSTRAP = "bootstrap";

    private static final ObjectMapper JSON = new ObjectMapper();

    public RunManifest {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        settings = settings == null ? Map.of() : settings;
    }

    /** What a finished run achieved and spent. */
    public record Finish(
            int instructionsCompleted, long promptTokens, long completionTokens, int requests, double costUsd) {}

    /** The record of a run that has just started. */
    public static RunManifest started(
            String id, String domain, String task, String model, String startedFrom, Map<String, Object> settings) {
        return new RunManifest(id, domain, task, model, RunStatus.RUNNING, "", startedFrom, settings, Optional.empty());
    }

    /** This record once the run finished. */
    public RunManifest finished(RunStatus status, String reason, Finish finish) {
        return new RunManifest(id, domain, task, model, status, reason, startedFrom, settings, Optional.of(finish));
    }

    JsonNode toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put(RecordFormat.FIELD, RecordFormat.CURRENT);
        node.put("id", id);
        node.put("domain", domain);
        node.put("task", task);
        node.put("model", model);
        node.put("status", status.written());
        node.put("reason", reason);
        node.put("startedFrom", startedFrom);
        node.set("settings", JSON.valueToTree(settings));
        finish.ifPresent(done -> {
            node.put("instructionsCompleted", done.instructionsCompleted());
            ObjectNode usage = node.putObject("usage");
            usage.put("promptTokens", done.promptTokens());
            usage.put("completionTokens", done.completionTokens());
            usage.put("requests", done.requests());
            usage.put("costUsd", done.costUsd());
        });
        return node;
    }

    /**
     * Reads {@code run.json} of run {@code id} in any format up to the current one; a field an older version did
     * not write is read as unknown (empty text, or running for the status).
     */
    static RunManifest fromJson(JsonNode node, String id, String file) throws RecordFormat.UnreadableFormatException {
        RecordFormat.require(node.path(RecordFormat.FIELD).asInt(0), file);
        Optional<Finish> finish = node.has("instructionsCompleted") || node.has("usage")
                ? Optional.of(new Finish(
                        node.path("instructionsCompleted").asInt(),
                        node.path("usage").path("promptTokens").asLong(),
                        node.path("usage").path("completionTokens").asLong(),
                        node.path("usage").path("requests").asInt(),
                        node.path("usage").path("costUsd").asDouble()))
                : Optional.empty();
        Map<String, Object> settings = node.path("settings").isObject()
                ? JSON.convertValue(node.get("settings"), new TypeReference<>() {})
                : Map.of();
        return new RunManifest(
                node.path("id").asText(id),
                node.path("domain").asText(""),
                node.path("task").asText(""),
                node.path("model").asText(""),
                status(node.path("status").asText("")),
                node.path("reason").asText(""),
                node.path("startedFrom").asText(""),
                settings,
                finish);
    }

    private static RunStatus status(String written) {
        for (RunStatus status : RunStatus.values()) {
            if (status.written().equals(written)) {
                return status;
            }
        }
        return RunStatus.RUNNING;
    }
}
