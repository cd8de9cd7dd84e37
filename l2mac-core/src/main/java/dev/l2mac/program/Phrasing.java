package dev.l2mac.program;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words for parse problems in JSON and YAML, for messages that a user or the model reads: the type of a value
 * ("item 2 is a number"), and a parser failure without the parser's source dumps and code excerpts.
 */
final class Phrasing {

    /** Jackson appends where it read from; the location is reported separately and the source is noise. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\((?:start marker at )?\\[Source:.*?]\\)");

    private Phrasing() {}

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "a mapping";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case NULL, MISSING -> "empty";
            case STRING, BINARY -> "text";
        };
    }

    /** Says where parsing failed, when known, and why: "line 3, column 5: expected ',' or ']'". */
    static String failure(JsonProcessingException e) {
        // YAML errors span several lines: the sentences are unindented, the locations and excerpts indented.
        String why = e.getOriginalMessage()
                .lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(line -> SOURCE_NOTE.matcher(line).replaceAll("").strip())
                .collect(Collectors.joining("; "));
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return why;
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + why;
    }
}
