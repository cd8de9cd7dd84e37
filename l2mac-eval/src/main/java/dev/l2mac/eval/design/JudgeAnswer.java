package dev.l2mac.eval.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the judge's answer strictly, with no repairs: one JSON object, bare or as the only content of a single
 * fenced block, whose only field {@code features} lists every checklist id exactly once, each with only an integer
 * {@code id} and a boolean {@code implemented}. Anything else is {@link JudgeVerdict.Malformed} with the reason.
 */
final class JudgeAnswer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final Pattern FENCED = Pattern.compile("\\A```(?:json)?[ \\t]*\\R(.*?)\\R?```\\z", Pattern.DOTALL);

    private JudgeAnswer() {}

    static JudgeVerdict parse(String answer, FeatureChecklist checklist) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            return malformed("the answer is empty", answer);
        }
        Matcher fenced = FENCED.matcher(text);
        String json = fenced.matches() ? fenced.group(1) : text;
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return malformed("the answer is not one JSON object: " + e.getOriginalMessage(), answer);
        }
        if (root == null || !root.isObject()) {
            return malformed("the answer is not a JSON object", answer);
        }
        if (root.size() != 1 || !root.has("features") || !root.get("features").isArray()) {
            return malformed("the object must have exactly one field, 'features', holding a list", answer);
        }
        return features(root.get("features"), checklist, answer);
    }

    private static JudgeVerdict features(JsonNode list, FeatureChecklist checklist, String answer) {
        Map<Integer, Boolean> implemented = new HashMap<>();
        for (JsonNode entry : list) {
            if (!entry.isObject()
                    || entry.size() != 2
                    || !entry.path("id").isInt()
                    || !entry.path("implemented").isBoolean()) {
                return malformed(
                        "each entry must be {\"id\": <integer>, \"implemented\": true|false}, was " + entry, answer);
            }
            int id = entry.get("id").asInt();
            if (id < 1 || id > checklist.size()) {
                return malformed("feature " + id + " is not on the checklist (1 to " + checklist.size() + ")", answer);
            }
            if (implemented.put(id, entry.get("implemented").asBoolean()) != null) {
                return malformed("feature " + id + " is listed twice", answer);
            }
        }
        if (implemented.size() != checklist.size()) {
            return malformed("features " + missing(implemented, checklist.size()) + " are not answered", answer);
        }
        return new JudgeVerdict.Scored(implemented);
    }

    private static String missing(Map<Integer, Boolean> answered, int size) {
        StringBuilder ids = new StringBuilder();
        for (int id = 1; id <= size; id++) {
            if (!answered.containsKey(id)) {
                ids.append(ids.isEmpty() ? "" : ", ").append(id);
            }
        }
        return ids.toString();
    }

    private static JudgeVerdict malformed(String reason, String answer) {
        return new JudgeVerdict.Malformed(reason, answer == null ? "" : answer);
    }
}
