package dev.l2mac.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Check reports as JSON for the event log, and back, without losing anything the control unit reads. */
final class CheckReportCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckReportCodec() {}

    static JsonNode encode(List<CheckReport> reports) {
        ArrayNode all = JSON.createArrayNode();
        for (CheckReport report : reports) {
            ObjectNode node = all.addObject().put("checker", report.checker());
            switch (report) {
                case CheckReport.Passed passed -> {
                    node.put("kind", "passed").put("summary", passed.summary());
                    putFindings(node, "notes", passed.notes());
                }
                case CheckReport.Failed failed -> {
                    node.put("kind", "failed");
                    putFindings(node, "findings", failed.findings());
                    putFindings(node, "notes", failed.notes());
                    if (failed.leftOut() > 0) {
                        node.put("leftOut", failed.leftOut());
                    }
                }
                case CheckReport.TimedOut timedOut ->
                    node.put("kind", "timed-out")
                            .put("afterMillis", timedOut.after().toMillis())
                            .put("output", timedOut.output());
                case CheckReport.Unavailable unavailable ->
                    node.put("kind", "unavailable").put("reason", unavailable.reason());
            }
        }
        return all;
    }

    static List<CheckReport> decode(JsonNode reports) {
        List<CheckReport> decoded = new ArrayList<>();
        for (JsonNode node : reports) {
            String checker = node.path("checker").asText();
            decoded.add(
                    switch (node.path("kind").asText()) {
                        case "passed" ->
                            new CheckReport.Passed(
                                    checker, node.path("summary").asText(), findings(node.path("notes")));
                        case "failed" ->
                            new CheckReport.Failed(
                                    checker,
                                    findings(node.path("findings")),
                                    findings(node.path("notes")),
                                    node.path("leftOut").asInt(0));
                        case "timed-out" ->
                            new CheckReport.TimedOut(
                                    checker,
                                    Duration.ofMillis(node.path("afterMillis").asLong()),
                                    node.path("output").asText());
                        case "unavailable" ->
                            new CheckReport.Unavailable(
                                    checker, node.path("reason").asText());
                        default ->
                            throw new ResumeException("the event log holds a check report of unknown kind '"
                                    + node.path("kind").asText() + "'; it was written by another version of l2mac");
                    });
        }
        return decoded;
    }

    /** Writes {@code findings} under {@code field}, leaving out an empty list so older logs read the same. */
    private static void putFindings(ObjectNode node, String field, List<Finding> findings) {
        if (!findings.isEmpty()) {
            ArrayNode array = node.putArray(field);
            findings.forEach(finding -> array.add(JSON.valueToTree(finding)));
        }
    }

    /** The findings of a JSON array; none for a missing field. */
    private static List<Finding> findings(JsonNode findings) {
        List<Finding> decoded = new ArrayList<>();
        for (JsonNode finding : findings) {
            decoded.add(JSON.convertValue(finding, Finding.class));
        }
        return decoded;
    }
}
