package dev.l2mac.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** One line of a JSONL data file, read strictly: every field a benchmark needs must be there with its type. */
record JsonRow(Path file, int line, JsonNode node) {

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid(field, value == null ? "it is missing" : "it is not a string");
        }
        return value.asText();
    }

    int integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw invalid(field, value == null ? "it is missing" : "it is not an integer");
        }
        return value.asInt();
    }

    JsonNode array(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw invalid(field, value == null ? "it is missing" : "it is not a list");
        }
        return value;
    }

    DatasetException invalid(String field, String why) {
        return new DatasetException(file + " line " + line + ": field '" + field + "' is unusable because " + why
                + "; is this the right file for the benchmark?");
    }
}
