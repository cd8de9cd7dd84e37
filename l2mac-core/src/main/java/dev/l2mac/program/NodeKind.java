package dev.l2mac.program;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the type of a parsed JSON or YAML value in words, for messages such as "item 2 is a number". */
final class NodeKind {

    private NodeKind() {
    }

    static String of(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "a mapping";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case NULL, MISSING -> "empty";
            case STRING, BINARY -> "text";
        };
    }
}
