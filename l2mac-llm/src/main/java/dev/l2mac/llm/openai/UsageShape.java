package dev.l2mac.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A chat completion's {@code usage}, mended in place: a count that is not a whole non-negative number that fits an
 * {@code int} is dropped (and so counts as none), as is a details part that is not an object.
 */
final class UsageShape {
    private static final String USAGE = "usage";
    private static final String DETAILS = "_details";

    private UsageShape() {}

    /** @return whether anything was changed */
    static boolean mend(ObjectNode reply) {
        JsonNode usage = reply.get(USAGE);
        if (usage == null || usage.isNull()) {
            return false;
        }
        if (!(usage instanceof ObjectNode counts)) {
            reply.remove(USAGE);
            return true;
        }
        return mendCounts(counts);
    }

    private static boolean mendCounts(ObjectNode counts) {
        List<String> invalid = new ArrayList<>();
        boolean changed = false;
        for (Map.Entry<String, JsonNode> field : counts.properties()) {
            JsonNode value = field.getValue();
            if (value instanceof ObjectNode details) {
                changed |= mendCounts(details);
            } else if (!value.isNull()
                    && (field.getKey().endsWith(DETAILS)
                            || !(value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0))) {
                invalid.add(field.getKey());
            }
        }
        counts.remove(invalid);
        return changed || !invalid.isEmpty();
    }
}
